import { choice, seed } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';
import {
	decodeDesign,
	DESIGN_PRESETS,
	DESIGN_TEXT_MAX,
	encodeDesign
} from '$lib/engine/playground';
import { designTextProblem } from './words';
import { m } from '$lib/paraglide/messages';

export const widget = defineWidget({
	name: 'cnn-playground',
	title: m.widget_cnn_playground_title,
	lesson: '14-build-your-own-cnn',
	schema: {
		design: {
			kind: 'text',
			label: m.widget_setting_design,
			default: encodeDesign(DESIGN_PRESETS.tiny),
			maxLength: DESIGN_TEXT_MAX,
			check: (text: string) => {
				// An empty text is the empty stack: the figure then says to add a layer.
				if (text === '') return null;
				const decoded = decodeDesign(text);
				return decoded.ok ? null : designTextProblem(decoded.problem);
			}
		},
		seed: seed(),
		examples: choice(
			m.widget_setting_examples_to_train_on,
			['1000', '3000', '9000', '27000'],
			'9000'
		)
	},
	load: () => import('./Playground.svelte')
});
