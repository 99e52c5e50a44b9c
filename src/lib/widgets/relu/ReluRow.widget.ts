import { CHELSEA_HEIGHT } from '$lib/data/chelsea';
import { EDGE_FILTER_SETTING } from '$lib/figure/edgeFilter';
import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'relu-strong-weak',
	title: 'ReLU lets the strong responses stand out',
	lesson: '05-relu',
	schema: {
		filter: EDGE_FILTER_SETTING,
		row: {
			kind: 'int',
			label: 'Row of the feature map',
			min: 1,
			max: CHELSEA_HEIGHT - 2,
			default: 30
		}
	},
	load: () => import('./ReluRow.svelte')
});
