import { gridCell, padding } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'padding-image',
	title: m.widget_padding_image_title,
	lesson: '10-padding',
	schema: { padding: padding(6, 2), ...gridCell(44, 44, 1, 1) },
	load: () => import('./PaddedImage.svelte')
});
