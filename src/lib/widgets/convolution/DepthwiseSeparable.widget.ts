import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'depthwise-separable',
	title: 'Depthwise-separable: each channel alone, then 1 × 1 mixing',
	lesson: '04-the-convolution-family',
	schema: {
		step: { kind: 'int', label: 'Window', min: 1, max: 9, default: 1 }
	},
	load: () => import('./DepthwiseSeparable.svelte')
});
