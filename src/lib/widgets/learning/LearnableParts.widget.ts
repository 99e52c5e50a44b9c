import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'learnable-parts',
	title: 'What learning changes, and what it never touches',
	lesson: '11-what-and-how-a-cnn-learns',
	schema: {
		step: { kind: 'int', label: 'Training step', min: 0, max: 60, default: 0 },
		seed: { kind: 'int', label: 'Seed', min: 1, max: 999, default: 4 }
	},
	load: () => import('./LearnableParts.svelte')
});
