import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'save-weights',
	title: 'Save and load the weights',
	lesson: '12-train-lenet',
	schema: {},
	load: () => import('./SaveWeights.svelte')
});
