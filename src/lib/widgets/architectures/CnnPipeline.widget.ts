import type { WidgetEntry } from '../registry';

export const schema = {
	parameters: { kind: 'bool', label: 'Show the parameters of each layer', default: false }
} as const;

export const widget: WidgetEntry = {
	name: 'cnn-pipeline',
	title: 'The whole network: feature extraction, then classification',
	lesson: '01-an-image-is-numbers',
	schema,
	load: () => import('./CnnPipeline.svelte')
};
