import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'channels',
	title: 'Three channels, or four with alpha',
	lesson: '01-an-image-is-numbers',
	schema: {
		alpha: { kind: 'bool', label: 'Add the alpha channel', default: false },
		values: { kind: 'bool', label: 'Show the values', default: false },
		row: { kind: 'int', label: 'Row', min: 1, max: 16, default: 2 },
		column: { kind: 'int', label: 'Column', min: 1, max: 16, default: 8 }
	},
	load: () => import('./ChannelSplit.svelte')
});
