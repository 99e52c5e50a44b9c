import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'train-lenet',
	title: m.widget_train_lenet_title,
	lesson: '12-train-lenet',
	schema: {
		seed: { kind: 'int', label: m.widget_setting_seed, min: 1, max: 9999, default: 1 },
		rate: {
			kind: 'choice',
			label: m.widget_setting_learning_rate,
			values: ['0.0001', '0.0005', '0.001', '0.002', '0.005', '0.01', '0.05', '0.5', '5'],
			default: '0.002'
		},
		batch: {
			kind: 'choice',
			label: m.widget_setting_batch_size,
			values: ['8', '16', '32', '64', '128'],
			default: '32'
		},
		optimiser: {
			kind: 'choice',
			label: m.widget_setting_optimiser,
			values: ['adam', 'sgd'],
			default: 'adam'
		}
	},
	load: () => import('./TrainLeNet.svelte')
});
