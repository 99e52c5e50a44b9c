import { error } from '@sveltejs/kit';
import { lessons } from '$lib/server/lessons';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => lessons.map(({ slug }) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const index = lessons.findIndex((lesson) => lesson.slug === params.slug);
	if (index < 0) error(404, `There is no lesson called "${params.slug}".`);
	const link = (i: number) =>
		i >= 0 && i < lessons.length
			? { slug: lessons[i].slug, number: lessons[i].number, title: lessons[i].title }
			: null;
	return { lesson: lessons[index], previous: link(index - 1), next: link(index + 1) };
};
