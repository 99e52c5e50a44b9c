import { gridCell, int, randomNumbers } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'relu-matrix',
	title: m.widget_relu_matrix_title,
	lesson: '05-relu',
	schema: {
		size: int(m.widget_setting_matrix_size, 3, 8, 6),
		seed: randomNumbers(),
		...gridCell(8, 8, 1, 1)
	},
	load: () => import('./ReluMatrix.svelte')
});
