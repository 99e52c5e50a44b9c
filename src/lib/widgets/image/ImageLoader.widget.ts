import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'image-to-tensor',
	title: m.widget_image_to_tensor_title,
	lesson: '01-an-image-is-numbers',
	schema: {
		size: {
			kind: 'choice',
			label: m.widget_setting_grid_size,
			values: ['8', '16', '24', '32'],
			default: '24'
		},
		values: { kind: 'bool', label: m.widget_setting_show_the_values, default: false }
	},
	load: () => import('./ImageLoader.svelte')
});
