import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'backprop-stepper',
	title: m.widget_backprop_stepper_title,
	lesson: '11-what-and-how-a-cnn-learns',
	schema: {
		example: { kind: 'int', label: m.widget_setting_example, min: 1, max: 8, default: 1 },
		seed: { kind: 'int', label: m.widget_setting_seed, min: 1, max: 999, default: 4 },
		rate: {
			kind: 'choice',
			label: m.widget_setting_learning_rate,
			values: ['0.1', '0.5', '1', '2'],
			default: '0.5'
		},
		step: { kind: 'int', label: m.widget_setting_step, min: 1, max: 29, default: 1 }
	},
	load: () => import('./BackpropStepper.svelte')
});
