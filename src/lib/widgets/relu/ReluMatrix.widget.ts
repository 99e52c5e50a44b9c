import type { WidgetEntry } from '../registry';

export const schema = {
	size: { kind: 'int', label: 'Matrix size', min: 3, max: 8, default: 6 },
	seed: { kind: 'int', label: 'Numbers', min: 1, max: 9999, default: 1 },
	row: { kind: 'int', label: 'Row', min: 1, max: 8, default: 1 },
	column: { kind: 'int', label: 'Column', min: 1, max: 8, default: 1 }
} as const;

export const widget: WidgetEntry = {
	name: 'relu-matrix',
	title: 'ReLU on a matrix: every negative becomes 0',
	lesson: '05-relu',
	schema,
	load: () => import('./ReluMatrix.svelte')
};
