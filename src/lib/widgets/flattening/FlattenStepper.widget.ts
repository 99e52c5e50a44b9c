import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'flatten-stepper',
	title: m.widget_flatten_stepper_title,
	lesson: '07-flattening',
	schema: {
		order: {
			kind: 'choice',
			label: m.widget_setting_order,
			values: ['row', 'column', 'shuffle'],
			default: 'row'
		},
		channels: { kind: 'int', label: m.widget_setting_feature_maps, min: 1, max: 3, default: 2 },
		size: { kind: 'int', label: m.widget_setting_map_size, min: 2, max: 4, default: 3 },
		step: { kind: 'int', label: m.widget_setting_step, min: 1, max: 48, default: 1 }
	},
	load: () => import('./FlattenStepper.svelte')
});
