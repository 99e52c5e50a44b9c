import { EDGE_FILTER_SETTING } from '$lib/figure/edgeFilter';
import { gridCell, poolWindow } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'pooling-compare',
	title: m.widget_pooling_compare_title,
	lesson: '06-pooling',
	schema: { filter: EDGE_FILTER_SETTING, window: poolWindow(4), ...gridCell(40, 60, 15, 25) },
	load: () => import('./PoolingCompare.svelte')
});
