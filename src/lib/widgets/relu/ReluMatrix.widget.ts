import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'relu-matrix',
	title: m.widget_relu_matrix_title,
	lesson: '05-relu',
	schema: {
		size: { kind: 'int', label: m.widget_setting_matrix_size, min: 3, max: 8, default: 6 },
		seed: { kind: 'int', label: m.widget_setting_numbers, min: 1, max: 9999, default: 1 },
		row: { kind: 'int', label: m.widget_setting_row, min: 1, max: 8, default: 1 },
		column: { kind: 'int', label: m.widget_setting_column, min: 1, max: 8, default: 1 }
	},
	load: () => import('./ReluMatrix.svelte')
});
