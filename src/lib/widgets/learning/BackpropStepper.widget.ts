import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'backprop-stepper',
	title: 'One training step of a tiny CNN, number by number',
	lesson: '11-what-and-how-a-cnn-learns',
	schema: {
		example: { kind: 'int', label: 'Example', min: 1, max: 8, default: 1 },
		seed: { kind: 'int', label: 'Seed', min: 1, max: 999, default: 4 },
		rate: {
			kind: 'choice',
			label: 'Learning rate',
			values: ['0.1', '0.5', '1', '2'],
			default: '0.5'
		},
		step: { kind: 'int', label: 'Step', min: 1, max: 29, default: 1 }
	},
	load: () => import('./BackpropStepper.svelte')
});
