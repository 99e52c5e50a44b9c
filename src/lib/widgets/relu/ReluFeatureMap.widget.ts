import { EDGE_FILTER_SETTING } from '$lib/figure/edgeFilter';
import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'relu-feature-map',
	title: 'ReLU on a real feature map',
	lesson: '05-relu',
	schema: {
		filter: EDGE_FILTER_SETTING,
		row: { kind: 'int', label: 'Row', min: 1, max: 80, default: 30 },
		column: { kind: 'int', label: 'Column', min: 1, max: 120, default: 50 }
	},
	load: () => import('./ReluFeatureMap.svelte')
});
