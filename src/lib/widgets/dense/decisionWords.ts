/**
 * What lesson 08's softmax figure says and writes: its example scores, its description, its verdict
 * and its formula with the current numbers. The probabilities and the decision are the engine's
 * (`softmaxWorking`, `decide`); this module only words them, so Node tests can read it.
 */
import type { Decision } from '$lib/engine/lessons/decision';
import { START_SCORES } from '$lib/data/scores';
import { fixed, percent } from '$lib/figure/format';

export type Rule = 'largest' | 'threshold';

/** The example buttons: a sure network, a torn one, and one with no idea. */
export const PRESETS: readonly { name: string; scores: readonly number[] }[] = [
	{ name: 'Sure it is a 7', scores: START_SCORES },
	{ name: 'Torn between 3 and 8', scores: [0.1, -0.6, 0.4, 2.6, -1, 0.8, -0.3, 0.2, 2.5, 0.9] },
	{ name: 'No idea', scores: START_SCORES.map(() => 0) }
];

/** The figure's description: the scores, the two most probable classes, the rule and its answer. */
export function describeDecision(
	scores: readonly number[],
	decision: Decision,
	total: number,
	rule: Rule,
	threshold: number
): string {
	const { best, probability } = decision;
	const verdict =
		rule === 'largest'
			? `Rule: take the largest, so the answer is ${best}.`
			: decision.answered
				? `Rule: refuse below ${percent(threshold)}; ${percent(probability)} is enough, so the answer is ${best}.`
				: `Rule: refuse below ${percent(threshold)}; ${percent(probability)} is not enough, so the network does not answer.`;
	return (
		`Scores ${scores.map((score, k) => `${k}: ${fixed(score, 1)}`).join(', ')}. ` +
		`After softmax the most probable class is ${best} with ${percent(probability)}, ` +
		`then ${decision.runnerUp} with ${percent(decision.runnerUpProbability)}; the ten probabilities add up to ${total.toFixed(3)}. ` +
		verdict
	);
}

/** The verdict line under the bars. */
export function verdictText(decision: Decision): string {
	return decision.answered
		? `Answer: ${decision.best}`
		: `No answer: the best guess, ${decision.best}, is below the threshold`;
}

const tex = (value: number) => (value < 0 ? `-${Math.abs(value).toFixed(1)}` : value.toFixed(1));

/** The softmax of the most probable class as TeX, with its numbers. */
export function softmaxTex(
	scores: readonly number[],
	working: { exponentials: ArrayLike<number>; total: number },
	decision: Decision
): string {
	const { best } = decision;
	return (
		`\\begin{aligned} p_{${best}} &= \\frac{e^{${tex(scores[best])}}}{\\sum_{j=0}^{9} e^{z_j}} \\\\ ` +
		`&= \\frac{${working.exponentials[best].toFixed(2)}}{${working.total.toFixed(2)}} = ` +
		`${decision.probability.toFixed(3)} \\end{aligned}`
	);
}
