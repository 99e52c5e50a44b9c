import { defineWidget } from '$lib/figure/widget';
import {
	decodeDesign,
	DESIGN_PRESETS,
	DESIGN_TEXT_MAX,
	encodeDesign
} from '$lib/engine/playground';
import { designTextProblem } from './words';

export const widget = defineWidget({
	name: 'cnn-playground',
	title: 'Build your own CNN',
	lesson: '14-build-your-own-cnn',
	schema: {
		design: {
			kind: 'text',
			label: 'Design',
			default: encodeDesign(DESIGN_PRESETS.tiny),
			maxLength: DESIGN_TEXT_MAX,
			check: (text: string) => {
				// An empty text is the empty stack: the figure then says to add a layer.
				if (text === '') return null;
				const decoded = decodeDesign(text);
				return decoded.ok ? null : designTextProblem(decoded.problem);
			}
		},
		seed: { kind: 'int', label: 'Seed', min: 1, max: 9999, default: 1 },
		examples: {
			kind: 'choice',
			label: 'Examples to train on',
			values: ['1000', '3000', '9000', '27000'],
			default: '9000'
		}
	},
	load: () => import('./Playground.svelte')
});
