import { error } from '@sveltejs/kit';
import { lessons } from '$lib/server/lessons';
import { glossary } from '../../../content/glossary';
import type { PageServerLoad } from './$types';

/** Each term with the lesson and section that explain it, alphabetically; the build fails on a broken reference. */
export const load: PageServerLoad = () => ({
	entries: glossary
		.map((entry) => {
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
		.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
});
