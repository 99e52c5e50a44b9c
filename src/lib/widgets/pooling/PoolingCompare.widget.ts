import { EDGE_FILTER_SETTING } from '$lib/figure/edgeFilter';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'pooling-compare',
	title: m.widget_pooling_compare_title,
	lesson: '06-pooling',
	schema: {
		filter: EDGE_FILTER_SETTING,
		window: { kind: 'int', label: m.widget_setting_window, min: 2, max: 4, default: 2 },
		row: { kind: 'int', label: m.widget_setting_row, min: 1, max: 40, default: 15 },
		column: { kind: 'int', label: m.widget_setting_column, min: 1, max: 60, default: 25 }
	},
	load: () => import('./PoolingCompare.svelte')
});
