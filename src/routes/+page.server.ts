import { lessons } from '$lib/server/lessons';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	lessons: lessons.map(({ slug, number, title, summary }) => ({ slug, number, title, summary }))
});
