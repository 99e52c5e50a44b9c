import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

/** The settings lessons 03 and 04 share; the dilated figure adds its Dilation (DilatedConvolution.widget.ts). */
export const slidingSchema = {
	input: { kind: 'int', label: m.widget_setting_input_size, min: 2, max: 8, default: 5 },
	kernel: { kind: 'int', label: m.widget_setting_kernel_size, min: 1, max: 5, default: 3 },
	stride: { kind: 'int', label: m.widget_setting_stride, min: 1, max: 4, default: 1 },
	padding: { kind: 'int', label: m.widget_setting_padding, min: 0, max: 3, default: 0 },
	step: { kind: 'int', label: m.widget_setting_window, min: 1, max: 400, default: 1 }
} as const;

export const widget = defineWidget({
	name: 'sliding-window',
	title: m.widget_sliding_window_title,
	lesson: '03-the-sliding-window',
	schema: slidingSchema,
	load: () => import('./SlidingWindow.svelte')
});
