import { defineWidget } from '$lib/figure/widget';
import { FILTER_PRESETS } from '$lib/engine/lessons/filters';
import { NEGATIVE_DISPLAYS } from './display';
import { PICTURES } from './picture.svelte';

export const widget = defineWidget({
	name: 'kernel-editor',
	title: 'Write your own kernel',
	lesson: '02-convolution-and-filters',
	schema: {
		picture: { kind: 'choice', label: 'Picture', values: PICTURES, default: 'photo' },
		size: { kind: 'choice', label: 'Kernel size', values: ['3', '5'], default: '3' },
		start: {
			kind: 'choice',
			label: 'Start from',
			values: FILTER_PRESETS.map((preset) => preset.id),
			default: 'sharpen'
		},
		negatives: {
			kind: 'choice',
			label: 'Negative values',
			values: NEGATIVE_DISPLAYS,
			default: 'clamp'
		}
	},
	load: () => import('./KernelEditor.svelte')
});
