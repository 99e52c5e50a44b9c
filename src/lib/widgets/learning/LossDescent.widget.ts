import { int, number } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'loss-descent',
	title: m.widget_loss_descent_title,
	lesson: '11-what-and-how-a-cnn-learns',
	schema: {
		rate: number(m.widget_setting_learning_rate, 0.001, 0.6, 0.01),
		steps: int(m.widget_setting_steps, 5, 100, 40),
		w1: number(m.widget_setting_start_w1, -3, 4, -2.2),
		w2: number(m.widget_setting_start_w2, -3, 3, 1.6),
		/** The step shown; 100 (the longest run) means the end of the run, however long. */
		step: int(m.widget_setting_step_shown, 0, 100, 100)
	},
	load: () => import('./LossDescent.svelte')
});
