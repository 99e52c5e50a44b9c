import type { WidgetEntry } from '../registry';

export const schema = {
	network: {
		kind: 'choice',
		label: 'Architecture',
		values: ['lenet5', 'alexnet', 'alexnet-original', 'zfnet', 'googlenet', 'vgg16', 'resnet18'],
		default: 'lenet5'
	},
	all: { kind: 'bool', label: 'Show ReLU, normalisation and dropout', default: false },
	layer: { kind: 'int', label: 'Selected block', min: 1, max: 200, default: 1 }
} as const;

export const widget: WidgetEntry = {
	name: 'architecture-explorer',
	title: 'Famous CNNs, layer by layer',
	lesson: '09-architectures',
	schema,
	load: () => import('./ArchitectureExplorer.svelte')
};
