import type { SettingSpec } from '$lib/figure/settings';
import { defineWidget } from '$lib/figure/widget';

import { START_SCORES } from '$lib/data/scores';
import { m } from '$lib/paraglide/messages';

export { START_SCORES };

const scoreSettings = Object.fromEntries(
	START_SCORES.map((score, k) => [
		`z${k}`,
		{
			kind: 'number',
			label: () => m.widget_setting_class_score({ number: k }),
			min: -10,
			max: 10,
			default: score
		}
	])
) as Record<`z${number}`, SettingSpec>;

export const widget = defineWidget({
	name: 'softmax-decision',
	title: m.widget_softmax_decision_title,
	lesson: '08-the-fully-connected-layer',
	schema: {
		...scoreSettings,
		rule: {
			kind: 'choice',
			label: m.widget_setting_decision_rule,
			values: ['largest', 'threshold'],
			default: 'largest'
		},
		threshold: {
			kind: 'number',
			label: m.widget_setting_threshold,
			min: 0.05,
			max: 0.99,
			default: 0.7
		}
	},
	load: () => import('./SoftmaxDecision.svelte')
});
