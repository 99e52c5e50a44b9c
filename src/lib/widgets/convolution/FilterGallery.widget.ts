import { FILTER_PRESETS } from '$lib/engine/lessons/filters';
import type { WidgetEntry } from '../registry';
import { NEGATIVE_DISPLAYS } from './display';
import { PICTURES } from './picture.svelte';

export const schema = {
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
} as const;

export const widget: WidgetEntry = {
	name: 'filter-gallery',
	title: 'Eleven filters, one photo',
	lesson: '02-convolution-and-filters',
	schema,
	load: () => import('./FilterGallery.svelte')
};
