import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'rgb-convolution',
	title: 'Three channels in, one feature map out',
	lesson: '03-the-sliding-window',
	schema: {
		step: { kind: 'int', label: 'Window', min: 1, max: 9, default: 1 }
	},
	load: () => import('./ChannelSum.svelte')
});
