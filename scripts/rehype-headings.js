// Gives every h2 and h3 of a lesson an id made from its text, so that the lesson layout can list
// them as a table of contents and readers can link to a section. Runs at build time in mdsvex.

/** @param {string} text */
export function slugify(text) {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** @param {any} node */
function textOf(node) {
	if (node.type === 'text') return node.value;
	if (Array.isArray(node.children)) return node.children.map(textOf).join('');
	return '';
}

export function rehypeHeadings() {
	/** @param {any} tree */
	return (tree) => {
		/** @type {Set<string>} */
		const seen = new Set();
		/** @param {any} node */
		const visit = (node) => {
			if (node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3')) {
				let id = slugify(textOf(node)) || 'section';
				let n = 2;
				while (seen.has(id)) id = `${slugify(textOf(node))}-${n++}`;
				seen.add(id);
				node.properties = { ...node.properties, id };
			}
			if (Array.isArray(node.children)) node.children.forEach(visit);
		};
		visit(tree);
	};
}
