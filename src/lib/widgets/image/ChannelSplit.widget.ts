import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'channels',
	title: m.widget_channels_title,
	lesson: '01-an-image-is-numbers',
	schema: {
		alpha: { kind: 'bool', label: m.widget_setting_add_the_alpha_channel, default: false },
		values: { kind: 'bool', label: m.widget_setting_show_the_values, default: false },
		row: { kind: 'int', label: m.widget_setting_row, min: 1, max: 16, default: 2 },
		column: { kind: 'int', label: m.widget_setting_column, min: 1, max: 16, default: 8 }
	},
	load: () => import('./ChannelSplit.svelte')
});
