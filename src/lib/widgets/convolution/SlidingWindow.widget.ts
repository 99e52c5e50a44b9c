import { defineWidget } from '$lib/figure/widget';

/** The settings lessons 03 and 04 share; the dilated figure adds its Dilation (DilatedConvolution.widget.ts). */
export const slidingSchema = {
	input: { kind: 'int', label: 'Input size', min: 2, max: 8, default: 5 },
	kernel: { kind: 'int', label: 'Kernel size', min: 1, max: 5, default: 3 },
	stride: { kind: 'int', label: 'Stride', min: 1, max: 4, default: 1 },
	padding: { kind: 'int', label: 'Padding', min: 0, max: 3, default: 0 },
	step: { kind: 'int', label: 'Window', min: 1, max: 400, default: 1 }
} as const;

export const widget = defineWidget({
	name: 'sliding-window',
	title: 'The sliding window, one position at a time',
	lesson: '03-the-sliding-window',
	schema: slidingSchema,
	load: () => import('./SlidingWindow.svelte')
});
