import { defineWidget } from '$lib/figure/widget';
import { FILTER_PRESETS } from '$lib/engine/lessons/filters';
import { NEGATIVE_DISPLAYS } from './display';
import { PICTURES } from './picture.svelte';

export const widget = defineWidget({
	name: 'filter-gallery',
	title: 'Eleven filters, one photo',
	lesson: '02-convolution-and-filters',
	schema: {
		picture: { kind: 'choice', label: 'Picture', values: PICTURES, default: 'photo' },
		filter: {
			kind: 'choice',
			label: 'Filter',
			values: FILTER_PRESETS.map((preset) => preset.id),
			default: 'sobel'
		},
		negatives: {
			kind: 'choice',
			label: 'Negative values',
			values: ['filter', ...NEGATIVE_DISPLAYS],
			default: 'filter'
		}
	},
	load: () => import('./FilterGallery.svelte')
});
