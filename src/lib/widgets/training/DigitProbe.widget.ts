import { defineWidget } from '$lib/figure/widget';
import { TEST_DIGITS } from './digitReader.svelte';

export const widget = defineWidget({
	name: 'digit-probe',
	title: 'Draw a digit: what every layer sees',
	lesson: '12-train-lenet',
	schema: { digit: { kind: 'int', label: 'Test digit', min: 1, max: TEST_DIGITS, default: 1 } },
	load: () => import('./DigitProbe.svelte')
});
