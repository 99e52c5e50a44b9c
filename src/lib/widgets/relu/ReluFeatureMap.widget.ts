import { EDGE_FILTER_SETTING, EDGE_MAP_COLUMNS, EDGE_MAP_ROWS } from '$lib/figure/edgeFilter';
import { gridCell } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'relu-feature-map',
	title: m.widget_relu_feature_map_title,
	lesson: '05-relu',
	schema: { filter: EDGE_FILTER_SETTING, ...gridCell(EDGE_MAP_ROWS, EDGE_MAP_COLUMNS, 30, 50) },
	load: () => import('./ReluFeatureMap.svelte')
});
