import { bool, choice, int } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'architecture-explorer',
	title: m.widget_architecture_explorer_title,
	lesson: '09-architectures',
	schema: {
		network: choice(
			m.widget_setting_architecture,
			['lenet5', 'alexnet', 'alexnet-original', 'zfnet', 'googlenet', 'vgg16', 'resnet18'],
			'lenet5'
		),
		all: bool(m.widget_setting_show_relu_normalisation_dropout),
		layer: int(m.widget_setting_selected_block, 1, 200, 1)
	},
	load: () => import('./ArchitectureExplorer.svelte')
});
