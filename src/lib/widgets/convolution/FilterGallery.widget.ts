import { FILTER_PRESETS } from '$lib/engine/lessons/filters';
import { choice } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { NEGATIVE_DISPLAYS } from './display';
import { PICTURES } from './picture.svelte';
import { m } from '$lib/paraglide/messages';

/** The picture that lesson 02's filter figures (this one, the kernel editor, random filters) filter. */
export const pictureSetting = choice(m.widget_setting_picture, PICTURES, 'photo');

/** The engine's named filters, by id, for the figures that start from one. */
export const PRESET_IDS = FILTER_PRESETS.map((preset) => preset.id);

export const widget = defineWidget({
	name: 'filter-gallery',
	title: m.widget_filter_gallery_title,
	lesson: '02-convolution-and-filters',
	schema: {
		picture: pictureSetting,
		filter: choice(m.widget_setting_filter, PRESET_IDS, 'sobel'),
		negatives: choice(m.widget_setting_negative_values, ['filter', ...NEGATIVE_DISPLAYS], 'filter')
	},
	load: () => import('./FilterGallery.svelte')
});
