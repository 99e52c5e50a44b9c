import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'fine-tune-sizes',
	title: 'Fine-tuning or from scratch, from 2 to 200 digits per class',
	lesson: '13-fine-tuning',
	schema: {},
	load: () => import('./SizeExperiment.svelte')
});
