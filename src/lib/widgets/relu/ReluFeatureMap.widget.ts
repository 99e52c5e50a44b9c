import { EDGE_FILTER_SETTING } from '$lib/figure/edgeFilter';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'relu-feature-map',
	title: m.widget_relu_feature_map_title,
	lesson: '05-relu',
	schema: {
		filter: EDGE_FILTER_SETTING,
		row: { kind: 'int', label: m.widget_setting_row, min: 1, max: 80, default: 30 },
		column: { kind: 'int', label: m.widget_setting_column, min: 1, max: 120, default: 50 }
	},
	load: () => import('./ReluFeatureMap.svelte')
});
