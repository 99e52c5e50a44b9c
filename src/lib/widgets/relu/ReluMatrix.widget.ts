import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'relu-matrix',
	title: 'ReLU on a matrix: every negative becomes 0',
	lesson: '05-relu',
	schema: {
		size: { kind: 'int', label: 'Matrix size', min: 3, max: 8, default: 6 },
		seed: { kind: 'int', label: 'Numbers', min: 1, max: 9999, default: 1 },
		row: { kind: 'int', label: 'Row', min: 1, max: 8, default: 1 },
		column: { kind: 'int', label: 'Column', min: 1, max: 8, default: 1 }
	},
	load: () => import('./ReluMatrix.svelte')
});
