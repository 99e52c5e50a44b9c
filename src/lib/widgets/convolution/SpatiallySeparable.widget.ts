import { choice } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'spatially-separable',
	title: m.widget_spatially_separable_title,
	lesson: '04-the-convolution-family',
	schema: { kernel: choice(m.widget_setting_kernel, ['sobel', 'vertical', 'gaussian'], 'sobel') },
	load: () => import('./SpatiallySeparable.svelte')
});
