import { int, seed } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'batch-average',
	title: m.widget_batch_average_title,
	lesson: '11-what-and-how-a-cnn-learns',
	schema: { batch: int(m.widget_setting_batch_examples, 1, 255, 15), seed: seed(999, 4) },
	load: () => import('./BatchAverage.svelte')
});
