import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'padding-image',
	title: 'Zero padding around a 32 × 32 colour image',
	lesson: '10-padding',
	schema: {
		padding: { kind: 'int', label: 'Padding', min: 0, max: 6, default: 2 },
		row: { kind: 'int', label: 'Row', min: 1, max: 44, default: 1 },
		column: { kind: 'int', label: 'Column', min: 1, max: 44, default: 1 }
	},
	load: () => import('./PaddedImage.svelte')
});
