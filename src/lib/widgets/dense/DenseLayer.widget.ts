import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'dense-layer',
	title: 'A dense layer: 18 numbers in, 10 scores out',
	lesson: '08-the-fully-connected-layer',
	schema: {
		seed: { kind: 'int', label: 'Weights (seed)', min: 1, max: 999, default: 4 },
		output: { kind: 'int', label: 'Output', min: 0, max: 9, default: 3 },
		input: { kind: 'int', label: 'Input', min: 1, max: 18, default: 1 }
	},
	load: () => import('./DenseLayer.svelte')
});
