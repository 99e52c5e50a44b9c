import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'transposed-convolution',
	title: m.widget_transposed_convolution_title,
	lesson: '04-the-convolution-family',
	schema: {
		input: { kind: 'int', label: m.widget_setting_input_size, min: 1, max: 4, default: 2 },
		kernel: { kind: 'int', label: m.widget_setting_kernel_size, min: 1, max: 4, default: 3 },
		stride: { kind: 'int', label: m.widget_setting_stride, min: 1, max: 3, default: 2 },
		padding: { kind: 'int', label: m.widget_setting_padding, min: 0, max: 3, default: 0 },
		step: { kind: 'int', label: m.widget_setting_window, min: 1, max: 400, default: 1 }
	},
	load: () => import('./TransposedConvolution.svelte')
});
