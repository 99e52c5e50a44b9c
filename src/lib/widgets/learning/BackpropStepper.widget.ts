import { choice, int, seed } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'backprop-stepper',
	title: m.widget_backprop_stepper_title,
	lesson: '11-what-and-how-a-cnn-learns',
	schema: {
		example: int(m.widget_setting_example, 1, 8, 1),
		seed: seed(999, 4),
		rate: choice(m.widget_setting_learning_rate, ['0.1', '0.5', '1', '2'], '0.5'),
		step: int(m.widget_setting_step, 1, 29, 1)
	},
	load: () => import('./BackpropStepper.svelte')
});
