import { int } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { TEST_DIGITS } from './digitReader.svelte';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'digit-probe',
	title: m.widget_digit_probe_title,
	lesson: '12-train-lenet',
	schema: { digit: int(m.widget_setting_test_digit, 1, TEST_DIGITS, 1) },
	load: () => import('./DigitProbe.svelte')
});
