import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'output-size',
	title: m.widget_output_size_title,
	lesson: '09-architectures',
	schema: {
		input: { kind: 'int', label: m.widget_setting_input_size, min: 1, max: 512, default: 4 },
		kernel: { kind: 'int', label: m.widget_setting_kernel_size, min: 1, max: 15, default: 2 },
		stride: { kind: 'int', label: m.widget_setting_stride, min: 1, max: 8, default: 2 },
		padding: { kind: 'int', label: m.widget_setting_padding, min: 0, max: 8, default: 1 },
		dilation: { kind: 'int', label: m.widget_setting_dilation, min: 1, max: 6, default: 1 }
	},
	load: () => import('./OutputSize.svelte')
});
