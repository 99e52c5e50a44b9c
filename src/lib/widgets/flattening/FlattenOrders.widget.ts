import type { WidgetEntry } from '../registry';

export const schema = {
	seed: { kind: 'int', label: 'Seed', min: 1, max: 9999, default: 1 }
} as const;

export const widget: WidgetEntry = {
	name: 'flatten-orders',
	title: 'Does the network care about the order?',
	lesson: '07-flattening',
	schema,
	load: () => import('./FlattenOrders.svelte')
};
