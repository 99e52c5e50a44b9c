import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'relu-feature-map',
	title: 'ReLU on a real feature map',
	lesson: '05-relu',
	schema: {
		filter: {
			kind: 'choice',
			label: 'Filter',
			values: ['vertical', 'horizontal', 'diagonal', 'laplacian'],
			default: 'vertical'
		},
		row: { kind: 'int', label: 'Row', min: 1, max: 80, default: 30 },
		column: { kind: 'int', label: 'Column', min: 1, max: 120, default: 50 }
	},
	load: () => import('./ReluFeatureMap.svelte')
});
