import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'activation-curves',
	title: 'ReLU and its relatives on one plot',
	lesson: '05-relu',
	schema: {
		slope: { kind: 'number', label: 'Leaky ReLU slope', min: 0, max: 1, default: 0.1 },
		alpha: { kind: 'number', label: 'ELU alpha', min: 0, max: 3, default: 1 },
		x: { kind: 'number', label: 'Input x', min: -4, max: 4, default: -2 },
		relu: { kind: 'bool', label: 'ReLU', default: true },
		leakyRelu: { kind: 'bool', label: 'Leaky ReLU', default: true },
		elu: { kind: 'bool', label: 'ELU', default: true },
		softplus: { kind: 'bool', label: 'Softplus', default: true },
		sigmoid: { kind: 'bool', label: 'Sigmoid', default: true },
		tanh: { kind: 'bool', label: 'Tanh', default: true }
	},
	load: () => import('./ActivationCurves.svelte')
});
