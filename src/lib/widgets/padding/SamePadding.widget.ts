import { inputSize, kernelSize, padding, windowStep } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'same-padding',
	title: m.widget_same_padding_title,
	lesson: '10-padding',
	schema: {
		input: inputSize(3, 10, 6),
		kernel: kernelSize(7, 3),
		padding: padding(4, 0),
		step: windowStep(400)
	},
	load: () => import('./SamePadding.svelte')
});
