import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'same-padding',
	title: '“Same” padding keeps the size',
	lesson: '10-padding',
	schema: {
		input: { kind: 'int', label: 'Input size', min: 3, max: 10, default: 6 },
		kernel: { kind: 'int', label: 'Kernel size', min: 1, max: 7, default: 3 },
		padding: { kind: 'int', label: 'Padding', min: 0, max: 4, default: 0 },
		step: { kind: 'int', label: 'Window', min: 1, max: 400, default: 1 }
	},
	load: () => import('./SamePadding.svelte')
});
