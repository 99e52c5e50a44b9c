import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'robot-pixels',
	title: 'A 16 × 16 robot is 768 numbers',
	lesson: '01-an-image-is-numbers',
	schema: {
		values: { kind: 'bool', label: 'Show every value', default: false },
		row: { kind: 'int', label: 'Row', min: 1, max: 16, default: 6 },
		column: { kind: 'int', label: 'Column', min: 1, max: 16, default: 5 }
	},
	load: () => import('./RobotPixels.svelte')
});
