import { EDGE_FILTER_SETTING, EDGE_MAP_ROWS } from '$lib/figure/edgeFilter';
import { int } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'relu-strong-weak',
	title: m.widget_relu_strong_weak_title,
	lesson: '05-relu',
	schema: {
		filter: EDGE_FILTER_SETTING,
		row: int(m.widget_setting_row_of_the_feature_map, 1, EDGE_MAP_ROWS, 30)
	},
	load: () => import('./ReluRow.svelte')
});
