import { choice, number } from '$lib/figure/settingSpecs';
import { defineWidget } from '$lib/figure/widget';

import { START_SCORES } from '$lib/data/scores';
import { m } from '$lib/paraglide/messages';

export { START_SCORES };

const scoreSettings = Object.fromEntries(
	START_SCORES.map((score, k) => [
		`z${k}`,
		number(() => m.widget_setting_class_score({ number: k }), -10, 10, score)
	])
) as Record<`z${number}`, ReturnType<typeof number>>;

export const widget = defineWidget({
	name: 'softmax-decision',
	title: m.widget_softmax_decision_title,
	lesson: '08-the-fully-connected-layer',
	schema: {
		...scoreSettings,
		rule: choice(m.widget_setting_decision_rule, ['largest', 'threshold'], 'largest'),
		threshold: number(m.widget_setting_threshold, 0.05, 0.99, 0.7)
	},
	load: () => import('./SoftmaxDecision.svelte')
});
