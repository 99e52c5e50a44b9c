import { seed } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { pictureSetting } from './FilterGallery.widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'random-filters',
	title: m.widget_random_filters_title,
	lesson: '02-convolution-and-filters',
	schema: { picture: pictureSetting, seed: seed() },
	load: () => import('./RandomFilters.svelte')
});
