import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'spatially-separable',
	title: 'A 3 × 3 kernel as a column, then a row',
	lesson: '04-the-convolution-family',
	schema: {
		kernel: {
			kind: 'choice',
			label: 'Kernel',
			values: ['sobel', 'vertical', 'gaussian'],
			default: 'sobel'
		}
	},
	load: () => import('./SpatiallySeparable.svelte')
});
