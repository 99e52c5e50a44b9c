// Finds where a lesson first uses each glossary term, and whether that use links to the term's entry.
// Shared by the glossary test (which requires every first use to be a link) and by
// scripts/link-glossary.ts (which proposes the missing links).
//
// Only the prose counts: the frontmatter, the script block, maths, inline code, HTML/Svelte tags,
// headings and link addresses are blanked out first (with spaces, so positions stay those of the file).
// Longer forms claim their words first, so "batch" inside "batch normalisation" is a use of batch
// normalisation, not of batch.
import type { GlossaryEntry } from '../content/glossary';

export interface FirstUse {
	id: string;
	/** Position in the lesson file and the words found there. */
	index: number;
	text: string;
	/** The glossary entry the enclosing link points to, or null if the use is not inside a link. */
	linkedTo: string | null;
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

function blankOut(source: string, pattern: RegExp): string {
	return source.replace(pattern, (match) => blank(match));
}

/** The lesson with everything that is not prose replaced by spaces, same length as the source. */
export function proseOnly(source: string): string {
	let text = source;
	text = blankOut(text, /^---\r?\n[\s\S]*?\r?\n---/);
	text = blankOut(text, /<script[\s\S]*?<\/script>/g);
	text = blankOut(text, /\$\$[\s\S]*?\$\$/g);
	text = blankOut(text, /\$[^$\n]+\$/g);
	text = blankOut(text, /`[^`\n]+`/g);
	text = blankOut(text, /<[^>]*>/g);
	text = blankOut(text, /^#{1,6} .*$/gm);
	// Link addresses: [words](address) keeps the words.
	text = text.replace(/\]\(([^)\s]+)\)/g, (match) => ']' + blank(match.slice(1)));
	return text;
}

/** Markdown links of a lesson: the span of their words and where they point. */
function links(source: string): { start: number; end: number; href: string }[] {
	const found: { start: number; end: number; href: string }[] = [];
	for (const match of source.matchAll(/\[([^\]]+)\]\(([^)\s]+)\)/g)) {
		const start = (match.index ?? 0) + 1;
		found.push({ start, end: start + match[1].length, href: match[2] });
	}
	return found;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first use of every glossary term that a lesson uses, in the order of the glossary. */
export function firstUses(source: string, glossary: readonly GlossaryEntry[]): FirstUse[] {
	let text = proseOnly(source);
	const forms = glossary
		.flatMap((entry) => entry.forms.map((form) => ({ id: entry.id, form })))
		.sort((a, b) => b.form.length - a.form.length);
	const first = new Map<string, { index: number; text: string }>();
	for (const { id, form } of forms) {
		// Whole words only; a hyphen counts as part of a word ("hyper-parameters" is not "parameters").
		// Words of a form may be split across lines.
		const words = form.split(' ').map(escape).join('\\s+');
		const pattern = new RegExp(`(?<![\\w-])${words}(?![\\w-])`, 'gi');
		for (const match of text.matchAll(pattern)) {
			const index = match.index ?? 0;
			const known = first.get(id);
			if (!known || index < known.index) first.set(id, { index, text: match[0] });
		}
		text = text.replace(pattern, (match) => blank(match));
	}
	const spans = links(source);
	return glossary
		.filter((entry) => first.has(entry.id))
		.map((entry) => {
			const { index, text: words } = first.get(entry.id)!;
			const link = spans.find((span) => span.start <= index && index + words.length <= span.end);
			const target = link ? /^\/glossary#(.+)$/.exec(link.href) : null;
			return { id: entry.id, index, text: words, linkedTo: target ? target[1] : null };
		});
}

/** Every glossary link of a lesson (entry ids). */
export function glossaryLinks(source: string): string[] {
	return links(source)
		.map((link) => /^\/glossary#(.+)$/.exec(link.href)?.[1])
		.filter((id): id is string => id !== undefined);
}
