// The lesson catalogue, read at build time from content/NN-slug.md (English) and
// content/fr/NN-slug.md (French, same slugs). Server-only, so that the lessons' text is never
// shipped to the browser just to list their titles.
import type { Locale } from '$lib/paraglide/runtime';
import { slugify } from '../../../scripts/rehype-headings.js';

export interface LessonMeta {
	slug: string;
	number: number;
	title: string;
	summary: string;
}

export interface LessonSection {
	id: string;
	title: string;
	level: 2 | 3;
}

export interface LessonEntry extends LessonMeta {
	sections: LessonSection[];
}

const sources = import.meta.glob<string>(['/content/*.md', '/content/fr/*.md'], {
	eager: true,
	query: '?raw',
	import: 'default'
});

/** Reads `key: value` lines of a YAML frontmatter block (strings and numbers are all we use). */
export function parseFrontmatter(source: string): Record<string, string> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
	if (!match) return {};
	const fields: Record<string, string> = {};
	for (const line of match[1].split(/\r?\n/)) {
		const field = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
		if (!field) continue;
		let value = field[2].trim();
		if (
			(value.startsWith('"') && value.endsWith('"')) ||
			(value.startsWith("'") && value.endsWith("'"))
		) {
			value = value.slice(1, -1);
		}
		fields[field[1]] = value;
	}
	return fields;
}

/** The h2/h3 headings of a lesson, with the same ids the build gives them (scripts/rehype-headings.js). */
export function parseSections(source: string): LessonSection[] {
	const body = source.replace(/^---[\s\S]*?\n---/, '');
	const sections: LessonSection[] = [];
	const seen = new Set<string>();
	let inFence = false;
	for (const line of body.split(/\r?\n/)) {
		if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
		if (inFence) continue;
		const heading = /^(##|###)\s+(.+?)\s*#*\s*$/.exec(line);
		if (!heading) continue;
		const title = heading[2].replace(/[*_`]/g, '');
		const base = slugify(title) || 'section';
		let id = base;
		let n = 2;
		while (seen.has(id)) id = `${base}-${n++}`;
		seen.add(id);
		sections.push({ id, title, level: heading[1].length === 2 ? 2 : 3 });
	}
	return sections;
}

function load(folder: string): LessonEntry[] {
	const lessons: LessonEntry[] = [];
	for (const [path, source] of Object.entries(sources)) {
		if (path.slice(0, path.lastIndexOf('/') + 1) !== folder) continue;
		const slug = path.replace(/^.*\//, '').replace(/\.md$/, '');
		const fields = parseFrontmatter(source);
		const number = Number(fields.number ?? slug.slice(0, 2));
		if (!fields.title || !fields.summary || !Number.isInteger(number)) {
			throw new Error(`content/${slug}.md needs a frontmatter with title, summary and number`);
		}
		lessons.push({
			slug,
			number,
			title: fields.title,
			summary: fields.summary,
			sections: parseSections(source)
		});
	}
	return lessons.sort((a, b) => a.number - b.number);
}

/** The English lessons, in order. */
export const lessons: LessonEntry[] = load('/content/');

const french = load('/content/fr/');

/**
 * The lessons of a language, in order. The French edition is being written: until a lesson has its
 * French text, the English one stands in its place.
 */
export function lessonsIn(locale: Locale): LessonEntry[] {
	if (locale === 'en') return lessons;
	return lessons.map((lesson) => french.find((entry) => entry.slug === lesson.slug) ?? lesson);
}

/**
 * Each section id of a lesson in one language, mapped to the section at the same place in the other
 * language (the two editions have the same parts in the same order), so that the language switch
 * keeps the reader's section: `sectionTwins('03-the-sliding-window', 'en')['one-window-at-a-time']`
 * is 'une-fenetre-a-la-fois'. Sections past the end of the shorter edition are left out.
 */
export function sectionTwins(slug: string, locale: Locale): Record<string, string> {
	const here = lessonsIn(locale).find((lesson) => lesson.slug === slug)?.sections ?? [];
	const there =
		lessonsIn(locale === 'en' ? 'fr' : 'en').find((lesson) => lesson.slug === slug)?.sections ?? [];
	const twins: Record<string, string> = {};
	here.forEach((section, i) => {
		if (i < there.length) twins[section.id] = there[i].id;
	});
	return twins;
}
