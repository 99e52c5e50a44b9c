import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'cnn-pipeline',
	title: 'The whole network: feature extraction, then classification',
	lesson: '01-an-image-is-numbers',
	schema: {
		parameters: { kind: 'bool', label: 'Show the parameters of each layer', default: false }
	},
	load: () => import('./CnnPipeline.svelte')
});
