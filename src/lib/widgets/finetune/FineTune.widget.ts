import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'fine-tune',
	title: 'Fine-tuning against training from scratch',
	lesson: '13-fine-tuning',
	schema: {
		rate: {
			kind: 'choice',
			label: 'Fine-tuning learning rate',
			values: ['0.0003', '0.001', '0.002', '0.01'],
			default: '0.001'
		},
		frozen: {
			kind: 'int',
			label: 'Frozen layers (bit mask: conv1, conv2, fc1, fc2)',
			min: 0,
			max: 15,
			default: 3
		}
	},
	load: () => import('./FineTune.svelte')
});
