// Gives every h2 and h3 of a lesson an id made from its text, so that the lesson layout can list
// them as a table of contents and readers can link to a section. Runs at build time in mdsvex.

/** @param {string} text */
export function slugify(text) {
	return (
		text
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			// French ligatures have no decomposition: "cœur" gives "coeur", not "c-ur".
			.replace(/œ/g, 'oe')
			.replace(/æ/g, 'ae')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
	);
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

/**
 * Wraps each `##` part of a lesson (its h2 and everything up to the next h2) in a `<section>`, so the
 * page's stylesheet can let the browser skip the style, layout and paint of the parts that are off
 * screen (`content-visibility: auto` in the lesson layout): a long lesson full of KaTeX then costs,
 * at load, about as much as the part being read. What comes before the first h2 (the lesson's script
 * block, its opening paragraphs) stays where it is.
 */
export function rehypeSections() {
	/** @param {any} tree */
	return (tree) => {
		/** @type {any[]} */
		const children = [];
		/** @type {any} */
		let section = null;
		for (const node of tree.children) {
			if (node.type === 'element' && node.tagName === 'h2') {
				section = {
					type: 'element',
					tagName: 'section',
					properties: { className: ['part'] },
					children: []
				};
				children.push(section);
			}
			(section ? section.children : children).push(node);
		}
		tree.children = children;
	};
}
