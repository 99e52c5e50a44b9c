/**
 * What lesson 08's softmax figure says and writes: its example scores, its description, its verdict
 * and its formula with the current numbers. The probabilities and the decision are the engine's
 * (`softmaxWorking`, `decide`); this module only words them, so Node tests can read it.
 */
import type { Decision } from '$lib/engine/lessons/decision';
import { START_SCORES } from '$lib/data/scores';
import { fixed, numberList, percent } from '$lib/figure/format';
import { m } from '$lib/paraglide/messages';

export type Rule = 'largest' | 'threshold';

/** The example buttons: a sure network, a torn one, and one with no idea. */
export const PRESETS: readonly { name: () => string; scores: readonly number[] }[] = [
	{ name: m.softmax_preset_sure, scores: START_SCORES },
	{
		name: m.softmax_preset_torn,
		scores: [0.1, -0.6, 0.4, 2.6, -1, 0.8, -0.3, 0.2, 2.5, 0.9]
	},
	{ name: m.softmax_preset_none, scores: START_SCORES.map(() => 0) }
];

/** The two decision rules, as their buttons name them. */
export const RULES: readonly (readonly [Rule, () => string])[] = [
	['largest', m.softmax_take_largest],
	['threshold', m.softmax_refuse_below]
];

/** The figure's description: the scores, the two most probable classes, the rule and its answer. */
export function describeDecision(
	scores: readonly number[],
	decision: Decision,
	total: number,
	rule: Rule,
	threshold: number
): string {
	const { best } = decision;
	const probability = percent(decision.probability);
	const verdict =
		rule === 'largest'
			? m.softmax_rule_largest({ best })
			: decision.answered
				? m.softmax_rule_enough({ threshold: percent(threshold), probability, best })
				: m.softmax_rule_not_enough({ threshold: percent(threshold), probability });
	return m.softmax_description({
		scores: numberList(
			scores.map((score, k) => m.softmax_score_item({ digit: k, score: fixed(score, 1) }))
		),
		best,
		probability,
		runnerUp: decision.runnerUp,
		runnerUpProbability: percent(decision.runnerUpProbability),
		total: fixed(total, 3),
		verdict
	});
}

/** The verdict line under the bars. */
export function verdictText(decision: Decision): string {
	return decision.answered
		? m.softmax_answer({ best: decision.best })
		: m.softmax_no_answer({ best: decision.best });
}

/** A score in TeX: an ASCII minus, which KaTeX spaces as a sign. */
const tex = (value: number) => (value < 0 ? `-${fixed(Math.abs(value), 1)}` : fixed(value, 1));

/** The softmax of the most probable class as TeX, with its numbers. */
export function softmaxTex(
	scores: readonly number[],
	working: { exponentials: ArrayLike<number>; total: number },
	decision: Decision
): string {
	const { best } = decision;
	return (
		`\\begin{aligned} p_{${best}} &= \\frac{e^{${tex(scores[best])}}}{\\sum_{j=0}^{9} e^{z_j}} \\\\ ` +
		`&= \\frac{${fixed(working.exponentials[best], 2)}}{${fixed(working.total, 2)}} = ` +
		`${fixed(decision.probability, 3)} \\end{aligned}`
	);
}
