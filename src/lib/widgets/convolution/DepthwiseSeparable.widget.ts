import { windowStep } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'depthwise-separable',
	title: m.widget_depthwise_separable_title,
	lesson: '04-the-convolution-family',
	schema: { step: windowStep(9) },
	load: () => import('./DepthwiseSeparable.svelte')
});
