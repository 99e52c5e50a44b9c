import type { WidgetEntry } from '../registry';

export const schema = {
	step: { kind: 'int', label: 'Window', min: 1, max: 9, default: 1 }
} as const;

export const widget: WidgetEntry = {
	name: 'rgb-convolution',
	title: 'Three channels in, one feature map out',
	lesson: '03-the-sliding-window',
	schema,
	load: () => import('./ChannelSum.svelte')
};
