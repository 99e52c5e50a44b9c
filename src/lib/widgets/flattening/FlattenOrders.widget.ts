import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'flatten-orders',
	title: 'Does the network care about the order?',
	lesson: '07-flattening',
	schema: { seed: { kind: 'int', label: 'Seed', min: 1, max: 9999, default: 1 } },
	load: () => import('./FlattenOrders.svelte')
});
