import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'depthwise-separable',
	title: m.widget_depthwise_separable_title,
	lesson: '04-the-convolution-family',
	schema: {
		step: { kind: 'int', label: m.widget_setting_window, min: 1, max: 9, default: 1 }
	},
	load: () => import('./DepthwiseSeparable.svelte')
});
