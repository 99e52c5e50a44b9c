import { dilation } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { slidingSchema } from './SlidingWindow.widget';
import { m } from '$lib/paraglide/messages';

/** The sliding window of lesson 03 with a Dilation control, on its own page. */
export const widget = defineWidget({
	name: 'dilated-convolution',
	title: m.widget_dilated_convolution_title,
	lesson: '04-the-convolution-family',
	schema: {
		input: { ...slidingSchema.input, max: 9, default: 7 },
		kernel: slidingSchema.kernel,
		stride: slidingSchema.stride,
		padding: slidingSchema.padding,
		dilation: dilation(4, 2),
		step: slidingSchema.step
	},
	load: () => import('./DilatedConvolution.svelte')
});
