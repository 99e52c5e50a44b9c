import type { WidgetEntry } from '../registry';

export const schema = {
	input: { kind: 'int', label: 'Input size', min: 2, max: 8, default: 5 },
	kernel: { kind: 'int', label: 'Kernel size', min: 1, max: 5, default: 3 },
	stride: { kind: 'int', label: 'Stride', min: 1, max: 4, default: 1 },
	padding: { kind: 'int', label: 'Padding', min: 0, max: 3, default: 0 },
	step: { kind: 'int', label: 'Window', min: 1, max: 400, default: 1 }
} as const;

/** The same figure with a Dilation control (lesson 04, registered in DilatedConvolution.widget.ts). */
export const dilatedSchema = {
	input: { kind: 'int', label: 'Input size', min: 2, max: 9, default: 7 },
	kernel: { kind: 'int', label: 'Kernel size', min: 1, max: 5, default: 3 },
	stride: { kind: 'int', label: 'Stride', min: 1, max: 4, default: 1 },
	padding: { kind: 'int', label: 'Padding', min: 0, max: 3, default: 0 },
	dilation: { kind: 'int', label: 'Dilation', min: 1, max: 4, default: 2 },
	step: { kind: 'int', label: 'Window', min: 1, max: 400, default: 1 }
} as const;

export const widget: WidgetEntry = {
	name: 'sliding-window',
	title: 'The sliding window, one position at a time',
	lesson: '03-the-sliding-window',
	schema,
	load: () => import('./SlidingWindow.svelte')
};
