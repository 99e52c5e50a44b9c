import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'train-lenet',
	title: 'Train LeNet-5 on handwritten digits',
	lesson: '12-train-lenet',
	schema: {
		seed: { kind: 'int', label: 'Seed', min: 1, max: 9999, default: 1 },
		rate: {
			kind: 'choice',
			label: 'Learning rate',
			values: ['0.0001', '0.0005', '0.001', '0.002', '0.005', '0.01', '0.05', '0.5', '5'],
			default: '0.002'
		},
		batch: {
			kind: 'choice',
			label: 'Batch size',
			values: ['8', '16', '32', '64', '128'],
			default: '32'
		},
		optimiser: { kind: 'choice', label: 'Optimiser', values: ['adam', 'sgd'], default: 'adam' }
	},
	load: () => import('./TrainLeNet.svelte')
});
