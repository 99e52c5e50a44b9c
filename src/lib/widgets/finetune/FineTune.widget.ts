import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'fine-tune',
	title: m.widget_fine_tune_title,
	lesson: '13-fine-tuning',
	schema: {
		rate: {
			kind: 'choice',
			label: m.widget_setting_fine_tuning_learning_rate,
			values: ['0.0003', '0.001', '0.002', '0.01'],
			default: '0.001'
		},
		frozen: {
			kind: 'int',
			label: m.widget_setting_frozen_layers,
			min: 0,
			max: 15,
			default: 3
		}
	},
	load: () => import('./FineTune.svelte')
});
