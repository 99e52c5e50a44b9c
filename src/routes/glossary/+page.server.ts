import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { lessonsIn } from '$lib/server/lessons';
import { glossary } from '../../../content/glossary';
import { frenchGlossary } from '../../../content/glossary.fr';
import type { PageServerLoad } from './$types';

/**
 * Each term with the lesson and section that explain it, in the page's language, alphabetically; the
 * build fails on a broken reference (in either language).
 */
export const load: PageServerLoad = () => {
	const locale = getLocale();
	const lessons = lessonsIn(locale);
	const entries = glossary
		.map((english) => {
			const entry = locale === 'fr' ? { ...english, ...frenchGlossary[english.id] } : english;
			const lesson = lessons.find((candidate) => candidate.slug === entry.lesson);
			const section = lesson?.sections.find((candidate) => candidate.id === entry.section);
			if (!lesson || !section) {
				error(
					500,
					`glossary entry "${entry.id}" points to ${entry.lesson}#${entry.section}, which does not exist`
				);
			}
			return {
				id: entry.id,
				term: entry.term,
				definition: entry.definition,
				lesson: { slug: lesson.slug, number: lesson.number, title: lesson.title },
				section: { id: section.id, title: section.title }
			};
		})
		.sort((a, b) => a.term.localeCompare(b.term, locale, { sensitivity: 'base' }));
	return { entries };
};
