import { dilation, inputSize, kernelSize, padding, stride } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'output-size',
	title: m.widget_output_size_title,
	lesson: '09-architectures',
	schema: {
		input: inputSize(1, 512, 4),
		kernel: kernelSize(15, 2),
		stride: stride(8, 2),
		padding: padding(8, 1),
		dilation: dilation(6, 1)
	},
	load: () => import('./OutputSize.svelte')
});
