import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'flatten-orders',
	title: m.widget_flatten_orders_title,
	lesson: '07-flattening',
	schema: { seed: { kind: 'int', label: m.widget_setting_seed, min: 1, max: 9999, default: 1 } },
	load: () => import('./FlattenOrders.svelte')
});
