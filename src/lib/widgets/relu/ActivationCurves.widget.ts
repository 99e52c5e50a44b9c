import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'activation-curves',
	title: m.widget_activation_curves_title,
	lesson: '05-relu',
	schema: {
		slope: {
			kind: 'number',
			label: m.widget_setting_leaky_relu_slope,
			min: 0,
			max: 1,
			default: 0.1
		},
		alpha: { kind: 'number', label: m.widget_setting_elu_alpha, min: 0, max: 3, default: 1 },
		x: { kind: 'number', label: m.widget_setting_input_x, min: -4, max: 4, default: -2 },
		relu: { kind: 'bool', label: m.widget_setting_relu, default: true },
		leakyRelu: { kind: 'bool', label: m.widget_setting_leaky_relu, default: true },
		elu: { kind: 'bool', label: m.widget_setting_elu, default: true },
		softplus: { kind: 'bool', label: m.widget_setting_softplus, default: true },
		sigmoid: { kind: 'bool', label: m.widget_setting_sigmoid, default: true },
		tanh: { kind: 'bool', label: m.widget_setting_tanh, default: true }
	},
	load: () => import('./ActivationCurves.svelte')
});
