import { defineWidget } from '$lib/figure/widget';

export const widget = defineWidget({
	name: 'architecture-explorer',
	title: 'Famous CNNs, layer by layer',
	lesson: '09-architectures',
	schema: {
		network: {
			kind: 'choice',
			label: 'Architecture',
			values: ['lenet5', 'alexnet', 'alexnet-original', 'zfnet', 'googlenet', 'vgg16', 'resnet18'],
			default: 'lenet5'
		},
		all: { kind: 'bool', label: 'Show ReLU, normalisation and dropout', default: false },
		layer: { kind: 'int', label: 'Selected block', min: 1, max: 200, default: 1 }
	},
	load: () => import('./ArchitectureExplorer.svelte')
});
