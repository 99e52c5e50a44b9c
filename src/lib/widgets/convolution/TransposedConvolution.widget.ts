import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'transposed-convolution',
	title: 'Transposed convolution: zeros in, then a convolution',
	lesson: '04-the-convolution-family',
	schema: {
		input: { kind: 'int', label: 'Input size', min: 1, max: 4, default: 2 },
		kernel: { kind: 'int', label: 'Kernel size', min: 1, max: 4, default: 3 },
		stride: { kind: 'int', label: 'Stride', min: 1, max: 3, default: 2 },
		padding: { kind: 'int', label: 'Padding', min: 0, max: 3, default: 0 },
		step: { kind: 'int', label: 'Window', min: 1, max: 400, default: 1 }
	},
	load: () => import('./TransposedConvolution.svelte')
});
