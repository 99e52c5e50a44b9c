import type { WidgetEntry } from '../registry';

export const schema = {
	filter: {
		kind: 'choice',
		label: 'Filter',
		values: ['vertical', 'horizontal', 'diagonal', 'laplacian'],
		default: 'vertical'
	},
	window: { kind: 'int', label: 'Window', min: 2, max: 4, default: 2 },
	row: { kind: 'int', label: 'Row', min: 1, max: 40, default: 15 },
	column: { kind: 'int', label: 'Column', min: 1, max: 60, default: 25 }
} as const;

export const widget: WidgetEntry = {
	name: 'pooling-compare',
	title: 'Max and mean pooling of the same feature map',
	lesson: '06-pooling',
	schema,
	load: () => import('./PoolingCompare.svelte')
};
