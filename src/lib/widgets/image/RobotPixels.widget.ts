import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'robot-pixels',
	title: m.widget_robot_pixels_title,
	lesson: '01-an-image-is-numbers',
	schema: {
		values: { kind: 'bool', label: m.widget_setting_show_every_value, default: false },
		row: { kind: 'int', label: m.widget_setting_row, min: 1, max: 16, default: 6 },
		column: { kind: 'int', label: m.widget_setting_column, min: 1, max: 16, default: 5 }
	},
	load: () => import('./RobotPixels.svelte')
});
