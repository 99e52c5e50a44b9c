import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'batch-average',
	title: m.widget_batch_average_title,
	lesson: '11-what-and-how-a-cnn-learns',
	schema: {
		batch: {
			kind: 'int',
			label: m.widget_setting_batch_examples,
			min: 1,
			max: 255,
			default: 15
		},
		seed: { kind: 'int', label: m.widget_setting_seed, min: 1, max: 999, default: 4 }
	},
	load: () => import('./BatchAverage.svelte')
});
