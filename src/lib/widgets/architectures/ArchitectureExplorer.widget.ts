import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'architecture-explorer',
	title: m.widget_architecture_explorer_title,
	lesson: '09-architectures',
	schema: {
		network: {
			kind: 'choice',
			label: m.widget_setting_architecture,
			values: ['lenet5', 'alexnet', 'alexnet-original', 'zfnet', 'googlenet', 'vgg16', 'resnet18'],
			default: 'lenet5'
		},
		all: { kind: 'bool', label: m.widget_setting_show_relu_normalisation_dropout, default: false },
		layer: { kind: 'int', label: m.widget_setting_selected_block, min: 1, max: 200, default: 1 }
	},
	load: () => import('./ArchitectureExplorer.svelte')
});
