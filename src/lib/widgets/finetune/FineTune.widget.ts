import { choice, int } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'fine-tune',
	title: m.widget_fine_tune_title,
	lesson: '13-fine-tuning',
	schema: {
		rate: choice(
			m.widget_setting_fine_tuning_learning_rate,
			['0.0003', '0.001', '0.002', '0.01'],
			'0.001'
		),
		frozen: int(m.widget_setting_frozen_layers, 0, 15, 3)
	},
	load: () => import('./FineTune.svelte')
});
