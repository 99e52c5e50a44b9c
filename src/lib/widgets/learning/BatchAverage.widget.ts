import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'batch-average',
	title: 'A batch averages the gradients of its examples',
	lesson: '11-what-and-how-a-cnn-learns',
	schema: {
		batch: {
			kind: 'int',
			label: 'Examples in the batch (bit mask)',
			min: 1,
			max: 255,
			default: 15
		},
		seed: { kind: 'int', label: 'Seed', min: 1, max: 999, default: 4 }
	},
	load: () => import('./BatchAverage.svelte')
});
