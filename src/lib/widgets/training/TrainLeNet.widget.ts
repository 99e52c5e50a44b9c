import { choice, seed } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'train-lenet',
	title: m.widget_train_lenet_title,
	lesson: '12-train-lenet',
	schema: {
		seed: seed(),
		rate: choice(
			m.widget_setting_learning_rate,
			['0.0001', '0.0005', '0.001', '0.002', '0.005', '0.01', '0.05', '0.5', '5'],
			'0.002'
		),
		batch: choice(m.widget_setting_batch_size, ['8', '16', '32', '64', '128'], '32'),
		optimiser: choice(m.widget_setting_optimiser, ['adam', 'sgd'], 'adam')
	},
	load: () => import('./TrainLeNet.svelte')
});
