import { defineWidget } from '$lib/figure/widget';
import { PICTURES } from './picture.svelte';

export const widget = defineWidget({
	name: 'random-filters',
	title: 'A first layer before training: random filters',
	lesson: '02-convolution-and-filters',
	schema: {
		picture: { kind: 'choice', label: 'Picture', values: PICTURES, default: 'photo' },
		seed: { kind: 'int', label: 'Seed', min: 1, max: 9999, default: 1 }
	},
	load: () => import('./RandomFilters.svelte')
});
