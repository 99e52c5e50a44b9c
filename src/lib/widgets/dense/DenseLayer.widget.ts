import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'dense-layer',
	title: m.widget_dense_layer_title,
	lesson: '08-the-fully-connected-layer',
	schema: {
		seed: { kind: 'int', label: m.widget_setting_weights_seed, min: 1, max: 999, default: 4 },
		output: { kind: 'int', label: m.widget_setting_output, min: 0, max: 9, default: 3 },
		input: { kind: 'int', label: m.widget_setting_input, min: 1, max: 18, default: 1 }
	},
	load: () => import('./DenseLayer.svelte')
});
