import { getLocale } from '$lib/paraglide/runtime';
import { lessonsIn } from '$lib/server/lessons';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	lessons: lessonsIn(getLocale()).map(({ slug, number, title, summary }) => ({
		slug,
		number,
		title,
		summary
	}))
});
