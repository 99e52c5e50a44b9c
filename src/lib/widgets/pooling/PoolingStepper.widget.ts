import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'pooling-stepper',
	title: m.widget_pooling_stepper_title,
	lesson: '06-pooling',
	schema: {
		mode: {
			kind: 'choice',
			label: m.widget_setting_pooling,
			values: ['max', 'mean', 'sum'],
			default: 'max'
		},
		size: { kind: 'int', label: m.widget_setting_input_size, min: 2, max: 8, default: 6 },
		window: { kind: 'int', label: m.widget_setting_window, min: 2, max: 3, default: 2 },
		stride: { kind: 'int', label: m.widget_setting_stride, min: 1, max: 3, default: 2 },
		seed: { kind: 'int', label: m.widget_setting_numbers, min: 1, max: 9999, default: 1 },
		step: { kind: 'int', label: m.widget_setting_window_position, min: 1, max: 64, default: 1 }
	},
	load: () => import('./PoolingStepper.svelte')
});
