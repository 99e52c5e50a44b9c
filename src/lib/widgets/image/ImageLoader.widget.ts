import type { WidgetEntry } from '../registry';

export const schema = {
	size: { kind: 'choice', label: 'Grid size', values: ['8', '16', '24', '32'], default: '24' },
	values: { kind: 'bool', label: 'Show the values', default: false }
} as const;

export const widget: WidgetEntry = {
	name: 'image-to-tensor',
	title: 'Your own picture, as numbers',
	lesson: '01-an-image-is-numbers',
	schema,
	load: () => import('./ImageLoader.svelte')
};
