import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'output-size',
	title: 'Output size calculator',
	lesson: '09-architectures',
	schema: {
		input: { kind: 'int', label: 'Input size', min: 1, max: 512, default: 4 },
		kernel: { kind: 'int', label: 'Kernel size', min: 1, max: 15, default: 2 },
		stride: { kind: 'int', label: 'Stride', min: 1, max: 8, default: 2 },
		padding: { kind: 'int', label: 'Padding', min: 0, max: 8, default: 1 },
		dilation: { kind: 'int', label: 'Dilation', min: 1, max: 6, default: 1 }
	},
	load: () => import('./OutputSize.svelte')
});
