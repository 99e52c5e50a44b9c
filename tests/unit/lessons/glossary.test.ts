// The glossary cannot rot silently: every lesson links the first use of each term to its entry, every
// glossary link of a lesson points to an entry, and every entry points to a lesson section that exists
// and uses the term.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../../content/glossary';
import { firstUses, glossaryLinks } from '../../../scripts/glossary-scan';
import { parseSections } from '$lib/server/lessons';

const lessons = readdirSync('content')
	.filter((file) => /^\d\d-.+\.md$/.test(file))
	.map((file) => ({
		slug: file.replace(/\.md$/, ''),
		source: readFileSync(`content/${file}`, 'utf8')
	}));
const ids = new Set(glossary.map((entry) => entry.id));

describe('glossary entries', () => {
	it('have unique ids and forms', () => {
		expect(ids.size).toBe(glossary.length);
		const forms = glossary.flatMap((entry) => entry.forms.map((form) => form.toLowerCase()));
		expect(new Set(forms).size).toBe(forms.length);
	});

	for (const entry of glossary) {
		it(`${entry.id} points to a section of ${entry.lesson} that uses the term`, () => {
			const lesson = lessons.find((candidate) => candidate.slug === entry.lesson);
			expect(lesson, `no lesson ${entry.lesson}`).toBeDefined();
			const sections = parseSections(lesson!.source).map((section) => section.id);
			expect(sections).toContain(entry.section);
			expect(firstUses(lesson!.source, [entry]).length, `${entry.lesson} never uses it`).toBe(1);
			expect(entry.definition.length).toBeGreaterThan(20);
		});
	}
});

describe('lessons link the first use of every term', () => {
	for (const { slug, source } of lessons) {
		it(slug, () => {
			const unlinked = firstUses(source, glossary)
				.filter((use) => use.linkedTo !== use.id)
				.map(
					(use) =>
						`"${use.text}" (${use.id}) at line ${source.slice(0, use.index).split('\n').length}`
				);
			expect(unlinked).toEqual([]);
			const unknown = glossaryLinks(source).filter((id) => !ids.has(id));
			expect(unknown).toEqual([]);
		});
	}
});

describe('the scan', () => {
	const entries = glossary.filter((entry) =>
		['batch', 'batch-normalisation', 'kernel'].includes(entry.id)
	);
	it('lets a longer term claim its words, and ignores maths, headings and link addresses', () => {
		const source = [
			'---',
			'title: A kernel',
			'---',
			'## Batch and kernel',
			'$\\text{kernel}$ a [batch normalisation](/glossary#batch-normalisation) then',
			'[a link](/glossary#kernel-extra) a batch and a [kernel](/glossary#kernel).'
		].join('\n');
		const uses = firstUses(source, entries);
		expect(uses.map((use) => [use.id, use.text, use.linkedTo])).toEqual([
			['kernel', 'kernel', 'kernel'],
			['batch-normalisation', 'batch normalisation', 'batch-normalisation'],
			['batch', 'batch', null]
		]);
	});
});
