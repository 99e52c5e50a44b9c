import { defineWidget } from '$lib/figure/widget';
import { FILTER_PRESETS } from '$lib/engine/lessons/filters';
import { NEGATIVE_DISPLAYS } from './display';
import { PICTURES } from './picture.svelte';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'filter-gallery',
	title: m.widget_filter_gallery_title,
	lesson: '02-convolution-and-filters',
	schema: {
		picture: {
			kind: 'choice',
			label: m.widget_setting_picture,
			values: PICTURES,
			default: 'photo'
		},
		filter: {
			kind: 'choice',
			label: m.widget_setting_filter,
			values: FILTER_PRESETS.map((preset) => preset.id),
			default: 'sobel'
		},
		negatives: {
			kind: 'choice',
			label: m.widget_setting_negative_values,
			values: ['filter', ...NEGATIVE_DISPLAYS],
			default: 'filter'
		}
	},
	load: () => import('./FilterGallery.svelte')
});
