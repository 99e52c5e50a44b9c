import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'spatially-separable',
	title: m.widget_spatially_separable_title,
	lesson: '04-the-convolution-family',
	schema: {
		kernel: {
			kind: 'choice',
			label: m.widget_setting_kernel,
			values: ['sobel', 'vertical', 'gaussian'],
			default: 'sobel'
		}
	},
	load: () => import('./SpatiallySeparable.svelte')
});
