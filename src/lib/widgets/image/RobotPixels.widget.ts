import { bool, gridCell } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'robot-pixels',
	title: m.widget_robot_pixels_title,
	lesson: '01-an-image-is-numbers',
	schema: { values: bool(m.widget_setting_show_every_value), ...gridCell(16, 16, 6, 5) },
	load: () => import('./RobotPixels.svelte')
});
