import { EDGE_FILTER_SETTING } from '$lib/figure/edgeFilter';
import { gridCell } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'relu-feature-map',
	title: m.widget_relu_feature_map_title,
	lesson: '05-relu',
	schema: { filter: EDGE_FILTER_SETTING, ...gridCell(80, 120, 30, 50) },
	load: () => import('./ReluFeatureMap.svelte')
});
