import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { lessons, lessonsIn, sectionTwins } from '$lib/server/lessons';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => lessons.map(({ slug }) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const list = lessonsIn(getLocale());
	const index = list.findIndex((lesson) => lesson.slug === params.slug);
	if (index < 0) error(404, `There is no lesson called "${params.slug}".`);
	const link = (i: number) =>
		i >= 0 && i < list.length
			? { slug: list[i].slug, number: list[i].number, title: list[i].title }
			: null;
	return {
		lesson: list[index],
		previous: link(index - 1),
		next: link(index + 1),
		sectionTwins: sectionTwins(params.slug, getLocale())
	};
};
