import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'save-weights',
	title: m.widget_save_weights_title,
	lesson: '12-train-lenet',
	load: () => import('./SaveWeights.svelte')
});
