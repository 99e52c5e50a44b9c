import { FILTER_PRESETS } from '$lib/engine/lessons/filters';
import type { WidgetEntry } from '../registry';
import { NEGATIVE_DISPLAYS } from './display';
import { PICTURES } from './picture.svelte';

export const schema = {
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
} as const;

export const widget: WidgetEntry = {
	name: 'kernel-editor',
	title: 'Write your own kernel',
	lesson: '02-convolution-and-filters',
	schema,
	load: () => import('./KernelEditor.svelte')
};
