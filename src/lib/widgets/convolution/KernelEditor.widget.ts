import { defineWidget } from '$lib/figure/widget';
import { FILTER_PRESETS } from '$lib/engine/lessons/filters';
import { NEGATIVE_DISPLAYS } from './display';
import { PICTURES } from './picture.svelte';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'kernel-editor',
	title: m.widget_kernel_editor_title,
	lesson: '02-convolution-and-filters',
	schema: {
		picture: {
			kind: 'choice',
			label: m.widget_setting_picture,
			values: PICTURES,
			default: 'photo'
		},
		size: { kind: 'choice', label: m.widget_setting_kernel_size, values: ['3', '5'], default: '3' },
		start: {
			kind: 'choice',
			label: m.widget_setting_start_from,
			values: FILTER_PRESETS.map((preset) => preset.id),
			default: 'sharpen'
		},
		negatives: {
			kind: 'choice',
			label: m.widget_setting_negative_values,
			values: NEGATIVE_DISPLAYS,
			default: 'clamp'
		}
	},
	load: () => import('./KernelEditor.svelte')
});
