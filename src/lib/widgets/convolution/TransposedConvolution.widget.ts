import { inputSize, kernelSize, padding, stride, windowStep } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'transposed-convolution',
	title: m.widget_transposed_convolution_title,
	lesson: '04-the-convolution-family',
	schema: {
		input: inputSize(1, 4, 2),
		kernel: kernelSize(4, 3),
		stride: stride(3, 2),
		padding: padding(3, 0),
		step: windowStep(400)
	},
	load: () => import('./TransposedConvolution.svelte')
});
