import {
	choice,
	inputSize,
	int,
	poolWindow,
	randomNumbers,
	stride
} from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

/** The pooling a figure of lesson 06 applies: this stepper's and the edges figure's. */
export const poolingMode = choice(m.widget_setting_pooling, ['max', 'mean', 'sum'], 'max');

export const widget = defineWidget({
	name: 'pooling-stepper',
	title: m.widget_pooling_stepper_title,
	lesson: '06-pooling',
	schema: {
		mode: poolingMode,
		size: inputSize(2, 8, 6),
		window: poolWindow(3),
		stride: stride(3, 2),
		seed: randomNumbers(),
		step: int(m.widget_setting_window_position, 1, 64, 1)
	},
	load: () => import('./PoolingStepper.svelte')
});
