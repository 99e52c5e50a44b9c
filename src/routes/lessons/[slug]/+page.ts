import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import type { PageLoad } from './$types';

// Each lesson is its own chunk, loaded only on its page.
const lessonModules = import.meta.glob<{ default: Component }>('/content/*.md');

export const load: PageLoad = async ({ data, params }) => {
	const importer = lessonModules[`/content/${params.slug}.md`];
	if (!importer) error(404, `There is no lesson called "${params.slug}".`);
	const module = await importer();
	return { ...data, content: module.default };
};
