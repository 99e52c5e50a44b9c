import type { WidgetEntry } from '../registry';

export const schema = {
	step: { kind: 'int', label: 'Window', min: 1, max: 9, default: 1 }
} as const;

export const widget: WidgetEntry = {
	name: 'depthwise-separable',
	title: 'Depthwise-separable: each channel alone, then 1 × 1 mixing',
	lesson: '04-the-convolution-family',
	schema,
	load: () => import('./DepthwiseSeparable.svelte')
};
