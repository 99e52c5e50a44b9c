import { defineWidget } from '$lib/figure/widget';
import { slidingSchema } from './SlidingWindow.widget';

/** The sliding window of lesson 03 with a Dilation control, on its own page. */
export const widget = defineWidget({
	name: 'dilated-convolution',
	title: 'Dilated convolution: a kernel with gaps',
	lesson: '04-the-convolution-family',
	schema: {
		input: { ...slidingSchema.input, max: 9, default: 7 },
		kernel: slidingSchema.kernel,
		stride: slidingSchema.stride,
		padding: slidingSchema.padding,
		dilation: { kind: 'int', label: 'Dilation', min: 1, max: 4, default: 2 },
		step: slidingSchema.step
	},
	load: () => import('./DilatedConvolution.svelte')
});
