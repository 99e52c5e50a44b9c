import { choice, int } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'flatten-stepper',
	title: m.widget_flatten_stepper_title,
	lesson: '07-flattening',
	schema: {
		order: choice(m.widget_setting_order, ['row', 'column', 'shuffle'], 'row'),
		channels: int(m.widget_setting_feature_maps, 1, 3, 2),
		size: int(m.widget_setting_map_size, 2, 4, 3),
		step: int(m.widget_setting_step, 1, 48, 1)
	},
	load: () => import('./FlattenStepper.svelte')
});
