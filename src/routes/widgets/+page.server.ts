import { widgets } from '$lib/widgets/registry';
import type { PageServerLoad } from './$types';

// The list is made at prerender time, in the page's language: the browser gets names and titles as
// data and never loads the registry (every widget's declaration and its messages), which made this
// short page ship more script than a lesson.
export const load: PageServerLoad = () => ({
	widgets: widgets.map(({ name, title, lesson }) => ({
		name,
		title: title(),
		lesson: Number(lesson.slice(0, 2))
	}))
});
