import { inputSize, kernelSize, padding, stride, windowStep } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

/** The settings lessons 03 and 04 share; the dilated figure adds its Dilation (DilatedConvolution.widget.ts). */
export const slidingSchema = {
	input: inputSize(2, 8, 5),
	kernel: kernelSize(5, 3),
	stride: stride(4, 1),
	padding: padding(3, 0),
	step: windowStep(400)
};

export const widget = defineWidget({
	name: 'sliding-window',
	title: m.widget_sliding_window_title,
	lesson: '03-the-sliding-window',
	schema: slidingSchema,
	load: () => import('./SlidingWindow.svelte')
});
