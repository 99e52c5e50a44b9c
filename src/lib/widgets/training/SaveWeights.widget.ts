import type { WidgetEntry } from '../registry';

export const schema = {} as const;

export const widget: WidgetEntry = {
	name: 'save-weights',
	title: 'Save and load the weights',
	lesson: '12-train-lenet',
	schema,
	load: () => import('./SaveWeights.svelte')
};
