import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'pooling-edges',
	title: 'When a window falls off the edge',
	lesson: '06-pooling',
	schema: {
		mode: { kind: 'choice', label: 'Pooling', values: ['max', 'mean', 'sum'], default: 'max' },
		size: { kind: 'int', label: 'Input size', min: 2, max: 9, default: 5 },
		window: { kind: 'int', label: 'Window', min: 2, max: 3, default: 2 },
		stride: { kind: 'int', label: 'Stride', min: 1, max: 3, default: 2 },
		seed: { kind: 'int', label: 'Numbers', min: 1, max: 9999, default: 3 }
	},
	load: () => import('./PoolingEdges.svelte')
});
