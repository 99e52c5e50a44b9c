import { int, seed } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'learnable-parts',
	title: m.widget_learnable_parts_title,
	lesson: '11-what-and-how-a-cnn-learns',
	schema: { step: int(m.widget_setting_training_step, 0, 60, 0), seed: seed(999, 4) },
	load: () => import('./LearnableParts.svelte')
});
