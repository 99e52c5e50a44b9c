import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'rgb-convolution',
	title: m.widget_rgb_convolution_title,
	lesson: '03-the-sliding-window',
	schema: {
		step: { kind: 'int', label: m.widget_setting_window, min: 1, max: 9, default: 1 }
	},
	load: () => import('./ChannelSum.svelte')
});
