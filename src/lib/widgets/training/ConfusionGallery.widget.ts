import type { WidgetEntry } from '../registry';

export const schema = {} as const;

export const widget: WidgetEntry = {
	name: 'confusion-gallery',
	title: 'Which digits it confuses',
	lesson: '12-train-lenet',
	schema,
	load: () => import('./ConfusionGallery.svelte')
};
