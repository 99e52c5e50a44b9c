import { seed } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'flatten-orders',
	title: m.widget_flatten_orders_title,
	lesson: '07-flattening',
	schema: { seed: seed() },
	load: () => import('./FlattenOrders.svelte')
});
