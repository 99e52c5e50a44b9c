import { int } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'dense-layer',
	title: m.widget_dense_layer_title,
	lesson: '08-the-fully-connected-layer',
	schema: {
		seed: int(m.widget_setting_weights_seed, 1, 999, 4),
		output: int(m.widget_setting_output, 0, 9, 3),
		input: int(m.widget_setting_input, 1, 18, 1)
	},
	load: () => import('./DenseLayer.svelte')
});
