import { dilation, inputSize, int, kernelSize, padding, stride } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'convolution-cost',
	title: m.widget_convolution_cost_title,
	lesson: '04-the-convolution-family',
	schema: {
		input: inputSize(4, 224, 32),
		inChannels: int(m.widget_setting_input_channels, 1, 512, 16),
		outChannels: int(m.widget_setting_output_channels, 1, 512, 32),
		kernel: kernelSize(7, 3),
		stride: stride(4, 1),
		padding: padding(3, 1),
		dilation: dilation(4, 2)
	},
	load: () => import('./ConvolutionCost.svelte')
});
