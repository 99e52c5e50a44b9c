import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'convolution-cost',
	title: 'What each convolution costs',
	lesson: '04-the-convolution-family',
	schema: {
		input: { kind: 'int', label: 'Input size', min: 4, max: 224, default: 32 },
		inChannels: { kind: 'int', label: 'Input channels', min: 1, max: 512, default: 16 },
		outChannels: { kind: 'int', label: 'Output channels', min: 1, max: 512, default: 32 },
		kernel: { kind: 'int', label: 'Kernel size', min: 1, max: 7, default: 3 },
		stride: { kind: 'int', label: 'Stride', min: 1, max: 4, default: 1 },
		padding: { kind: 'int', label: 'Padding', min: 0, max: 3, default: 1 },
		dilation: { kind: 'int', label: 'Dilation', min: 1, max: 4, default: 2 }
	},
	load: () => import('./ConvolutionCost.svelte')
});
