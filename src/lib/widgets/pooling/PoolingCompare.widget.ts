import { EDGE_FILTER_SETTING } from '$lib/figure/edgeFilter';
import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'pooling-compare',
	title: 'Max and mean pooling of the same feature map',
	lesson: '06-pooling',
	schema: {
		filter: EDGE_FILTER_SETTING,
		window: { kind: 'int', label: 'Window', min: 2, max: 4, default: 2 },
		row: { kind: 'int', label: 'Row', min: 1, max: 40, default: 15 },
		column: { kind: 'int', label: 'Column', min: 1, max: 60, default: 25 }
	},
	load: () => import('./PoolingCompare.svelte')
});
