import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'padding-image',
	title: m.widget_padding_image_title,
	lesson: '10-padding',
	schema: {
		padding: { kind: 'int', label: m.widget_setting_padding, min: 0, max: 6, default: 2 },
		row: { kind: 'int', label: m.widget_setting_row, min: 1, max: 44, default: 1 },
		column: { kind: 'int', label: m.widget_setting_column, min: 1, max: 44, default: 1 }
	},
	load: () => import('./PaddedImage.svelte')
});
