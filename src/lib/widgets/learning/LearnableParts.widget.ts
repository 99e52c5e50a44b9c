import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'learnable-parts',
	title: m.widget_learnable_parts_title,
	lesson: '11-what-and-how-a-cnn-learns',
	schema: {
		step: { kind: 'int', label: m.widget_setting_training_step, min: 0, max: 60, default: 0 },
		seed: { kind: 'int', label: m.widget_setting_seed, min: 1, max: 999, default: 4 }
	},
	load: () => import('./LearnableParts.svelte')
});
