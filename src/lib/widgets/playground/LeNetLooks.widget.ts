import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'what-lenet-looks-at',
	title: m.widget_what_lenet_looks_at_title,
	lesson: '12-train-lenet',
	load: () => import('./LeNetLooks.svelte')
});
