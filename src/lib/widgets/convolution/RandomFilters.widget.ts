import type { WidgetEntry } from '../registry';
import { PICTURES } from './picture.svelte';

export const schema = {
	picture: { kind: 'choice', label: 'Picture', values: PICTURES, default: 'photo' },
	seed: { kind: 'int', label: 'Seed', min: 1, max: 9999, default: 1 }
} as const;

export const widget: WidgetEntry = {
	name: 'random-filters',
	title: 'A first layer before training: random filters',
	lesson: '02-convolution-and-filters',
	schema,
	load: () => import('./RandomFilters.svelte')
};
