import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'loss-descent',
	title: m.widget_loss_descent_title,
	lesson: '11-what-and-how-a-cnn-learns',
	schema: {
		rate: {
			kind: 'number',
			label: m.widget_setting_learning_rate,
			min: 0.001,
			max: 0.6,
			default: 0.01
		},
		steps: { kind: 'int', label: m.widget_setting_steps, min: 5, max: 100, default: 40 },
		w1: { kind: 'number', label: m.widget_setting_start_w1, min: -3, max: 4, default: -2.2 },
		w2: { kind: 'number', label: m.widget_setting_start_w2, min: -3, max: 3, default: 1.6 },
		/** The step shown; 100 (the longest run) means the end of the run, however long. */
		step: { kind: 'int', label: m.widget_setting_step_shown, min: 0, max: 100, default: 100 }
	},
	load: () => import('./LossDescent.svelte')
});
