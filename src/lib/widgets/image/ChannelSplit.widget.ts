import { bool, gridCell } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'channels',
	title: m.widget_channels_title,
	lesson: '01-an-image-is-numbers',
	schema: {
		alpha: bool(m.widget_setting_add_the_alpha_channel),
		values: bool(m.widget_setting_show_the_values),
		...gridCell(16, 16, 2, 8)
	},
	load: () => import('./ChannelSplit.svelte')
});
