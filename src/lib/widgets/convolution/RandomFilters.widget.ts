import { defineWidget } from '$lib/figure/widget';
import { PICTURES } from './picture.svelte';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'random-filters',
	title: m.widget_random_filters_title,
	lesson: '02-convolution-and-filters',
	schema: {
		picture: {
			kind: 'choice',
			label: m.widget_setting_picture,
			values: PICTURES,
			default: 'photo'
		},
		seed: { kind: 'int', label: m.widget_setting_seed, min: 1, max: 9999, default: 1 }
	},
	load: () => import('./RandomFilters.svelte')
});
