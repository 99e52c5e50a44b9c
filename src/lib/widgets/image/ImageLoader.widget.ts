import { bool, choice } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'image-to-tensor',
	title: m.widget_image_to_tensor_title,
	lesson: '01-an-image-is-numbers',
	schema: {
		size: choice(m.widget_setting_grid_size, ['8', '16', '24', '32'], '24'),
		values: bool(m.widget_setting_show_the_values)
	},
	load: () => import('./ImageLoader.svelte')
});
