import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'image-to-tensor',
	title: 'Your own picture, as numbers',
	lesson: '01-an-image-is-numbers',
	schema: {
		size: { kind: 'choice', label: 'Grid size', values: ['8', '16', '24', '32'], default: '24' },
		values: { kind: 'bool', label: 'Show the values', default: false }
	},
	load: () => import('./ImageLoader.svelte')
});
