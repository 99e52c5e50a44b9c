import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'convolution-cost',
	title: m.widget_convolution_cost_title,
	lesson: '04-the-convolution-family',
	schema: {
		input: { kind: 'int', label: m.widget_setting_input_size, min: 4, max: 224, default: 32 },
		inChannels: {
			kind: 'int',
			label: m.widget_setting_input_channels,
			min: 1,
			max: 512,
			default: 16
		},
		outChannels: {
			kind: 'int',
			label: m.widget_setting_output_channels,
			min: 1,
			max: 512,
			default: 32
		},
		kernel: { kind: 'int', label: m.widget_setting_kernel_size, min: 1, max: 7, default: 3 },
		stride: { kind: 'int', label: m.widget_setting_stride, min: 1, max: 4, default: 1 },
		padding: { kind: 'int', label: m.widget_setting_padding, min: 0, max: 3, default: 1 },
		dilation: { kind: 'int', label: m.widget_setting_dilation, min: 1, max: 4, default: 2 }
	},
	load: () => import('./ConvolutionCost.svelte')
});
