import { CHELSEA_HEIGHT } from '$lib/data/chelsea';
import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'relu-strong-weak',
	title: 'ReLU lets the strong responses stand out',
	lesson: '05-relu',
	schema: {
		filter: {
			kind: 'choice',
			label: 'Filter',
			values: ['vertical', 'horizontal', 'diagonal', 'laplacian'],
			default: 'vertical'
		},
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
