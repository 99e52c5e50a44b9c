import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'confusion-gallery',
	title: m.widget_confusion_gallery_title,
	lesson: '12-train-lenet',
	load: () => import('./ConfusionGallery.svelte')
});
