import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'same-padding',
	title: m.widget_same_padding_title,
	lesson: '10-padding',
	schema: {
		input: { kind: 'int', label: m.widget_setting_input_size, min: 3, max: 10, default: 6 },
		kernel: { kind: 'int', label: m.widget_setting_kernel_size, min: 1, max: 7, default: 3 },
		padding: { kind: 'int', label: m.widget_setting_padding, min: 0, max: 4, default: 0 },
		step: { kind: 'int', label: m.widget_setting_window, min: 1, max: 400, default: 1 }
	},
	load: () => import('./SamePadding.svelte')
});
