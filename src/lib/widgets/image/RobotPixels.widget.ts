import type { WidgetEntry } from '../registry';

export const schema = {
	values: { kind: 'bool', label: 'Show every value', default: false },
	row: { kind: 'int', label: 'Row', min: 1, max: 16, default: 6 },
	column: { kind: 'int', label: 'Column', min: 1, max: 16, default: 5 }
} as const;

export const widget: WidgetEntry = {
	name: 'robot-pixels',
	title: 'A 16 × 16 robot is 768 numbers',
	lesson: '01-an-image-is-numbers',
	schema,
	load: () => import('./RobotPixels.svelte')
};
