import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import { getLocale } from '$lib/paraglide/runtime';
import type { PageLoad } from './$types';

// Each lesson is its own chunk, loaded only on its page, in the page's language (the English text
// until the French one is written).
const lessonModules = import.meta.glob<{ default: Component }>([
	'/content/*.md',
	'/content/fr/*.md'
]);

export const load: PageLoad = async ({ data, params }) => {
	const french = getLocale() === 'fr' ? lessonModules[`/content/fr/${params.slug}.md`] : undefined;
	const importer = french ?? lessonModules[`/content/${params.slug}.md`];
	if (!importer) error(404, `There is no lesson called "${params.slug}".`);
	const module = await importer();
	return { ...data, content: module.default };
};
