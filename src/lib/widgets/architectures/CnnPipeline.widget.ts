import { bool } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'cnn-pipeline',
	title: m.widget_cnn_pipeline_title,
	lesson: '01-an-image-is-numbers',
	schema: { parameters: bool(m.widget_setting_show_layer_parameters) },
	load: () => import('./CnnPipeline.svelte')
});
