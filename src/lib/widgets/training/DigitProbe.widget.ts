import type { WidgetEntry } from '../registry';

export const schema = {
	digit: { kind: 'int', label: 'Test digit', min: 1, max: 1000, default: 1 }
} as const;

export const widget: WidgetEntry = {
	name: 'digit-probe',
	title: 'Draw a digit: what every layer sees',
	lesson: '12-train-lenet',
	schema,
	load: () => import('./DigitProbe.svelte')
};
