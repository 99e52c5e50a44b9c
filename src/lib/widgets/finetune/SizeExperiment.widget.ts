import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'fine-tune-sizes',
	title: m.widget_fine_tune_sizes_title,
	lesson: '13-fine-tuning',
	load: () => import('./SizeExperiment.svelte')
});
