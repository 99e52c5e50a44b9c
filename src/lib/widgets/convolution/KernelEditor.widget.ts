import { choice } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { NEGATIVE_DISPLAYS } from './display';
import { pictureSetting, PRESET_IDS } from './FilterGallery.widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'kernel-editor',
	title: m.widget_kernel_editor_title,
	lesson: '02-convolution-and-filters',
	schema: {
		picture: pictureSetting,
		size: choice(m.widget_setting_kernel_size, ['3', '5'], '3'),
		start: choice(m.widget_setting_start_from, PRESET_IDS, 'sharpen'),
		negatives: choice(m.widget_setting_negative_values, NEGATIVE_DISPLAYS, 'clamp')
	},
	load: () => import('./KernelEditor.svelte')
});
