import { error } from '@sveltejs/kit';
import { findWidget, widgets } from '$lib/widgets/registry';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => widgets.map(({ name }) => ({ name }));

export const load: PageLoad = async ({ params }) => {
	const entry = findWidget(params.name);
	if (!entry) error(404, `There is no widget called "${params.name}".`);
	const module = await entry.load();
	return {
		name: entry.name,
		title: entry.title(),
		lesson: entry.lesson,
		component: module.default
	};
};
