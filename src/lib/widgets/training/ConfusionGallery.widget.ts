import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'confusion-gallery',
	title: 'Which digits it confuses',
	lesson: '12-train-lenet',
	schema: {},
	load: () => import('./ConfusionGallery.svelte')
});
