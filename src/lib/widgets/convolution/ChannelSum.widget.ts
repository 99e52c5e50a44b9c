import { windowStep } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'rgb-convolution',
	title: m.widget_rgb_convolution_title,
	lesson: '03-the-sliding-window',
	schema: { step: windowStep(9) },
	load: () => import('./ChannelSum.svelte')
});
