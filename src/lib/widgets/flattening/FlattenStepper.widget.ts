import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'flatten-stepper',
	title: 'Feature maps laid end to end',
	lesson: '07-flattening',
	schema: {
		order: { kind: 'choice', label: 'Order', values: ['row', 'column', 'shuffle'], default: 'row' },
		channels: { kind: 'int', label: 'Feature maps', min: 1, max: 3, default: 2 },
		size: { kind: 'int', label: 'Map size', min: 2, max: 4, default: 3 },
		step: { kind: 'int', label: 'Step', min: 1, max: 48, default: 1 }
	},
	load: () => import('./FlattenStepper.svelte')
});
