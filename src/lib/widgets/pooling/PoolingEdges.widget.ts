import { inputSize, poolWindow, randomNumbers, stride } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { poolingMode } from './PoolingStepper.widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'pooling-edges',
	title: m.widget_pooling_edges_title,
	lesson: '06-pooling',
	schema: {
		mode: poolingMode,
		size: inputSize(2, 9, 5),
		window: poolWindow(3),
		stride: stride(3, 2),
		seed: randomNumbers(3)
	},
	load: () => import('./PoolingEdges.svelte')
});
