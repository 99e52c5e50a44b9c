import { bool, number } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'activation-curves',
	title: m.widget_activation_curves_title,
	lesson: '05-relu',
	schema: {
		slope: number(m.widget_setting_leaky_relu_slope, 0, 1, 0.1),
		alpha: number(m.widget_setting_elu_alpha, 0, 3, 1),
		x: number(m.widget_setting_input_x, -4, 4, -2),
		relu: bool(m.widget_setting_relu, true),
		leakyRelu: bool(m.widget_setting_leaky_relu, true),
		elu: bool(m.widget_setting_elu, true),
		softplus: bool(m.widget_setting_softplus, true),
		sigmoid: bool(m.widget_setting_sigmoid, true),
		tanh: bool(m.widget_setting_tanh, true)
	},
	load: () => import('./ActivationCurves.svelte')
});
