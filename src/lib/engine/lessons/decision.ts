/**
 * From probabilities to an answer: take the class with the largest probability, or refuse to answer
 * when even the largest is below a threshold (a classifier that may say "I don't know").
 */

import { softmax } from '../loss';
import { tensor } from '../tensor';

/** What a classifier answers for one example. */
export interface Decision {
	/** Class with the largest probability (the first one on a tie). */
	best: number;
	/** Its probability. */
	probability: number;
	/** Second most probable class, or -1 with a single class. */
	runnerUp: number;
	runnerUpProbability: number;
	/** False when a threshold was given and the best probability is below it. */
	answered: boolean;
	/** The threshold used, or null for "always take the largest". */
	threshold: number | null;
}

/**
 * The class to answer, and whether to answer at all.
 * `decide([0.1, 0.7, 0.2]).best === 1`; `decide([0.1, 0.7, 0.2], 0.8).answered === false`
 */
export function decide(
	probabilities: ArrayLike<number>,
	threshold: number | null = null
): Decision {
	if (probabilities.length < 1) {
		throw new RangeError('there are no probabilities to decide from: give at least one class');
	}
	for (let k = 0; k < probabilities.length; k++) {
		const p = probabilities[k];
		if (!Number.isFinite(p) || p < 0 || p > 1) {
			throw new RangeError(
				`probability ${p} of class ${k} is not between 0 and 1: pass the scores through softmax first`
			);
		}
	}
	if (threshold !== null && (!Number.isFinite(threshold) || threshold < 0 || threshold > 1)) {
		throw new RangeError(
			`threshold ${threshold} is not between 0 and 1: use a probability such as 0.5, or no threshold`
		);
	}
	let best = 0;
	for (let k = 1; k < probabilities.length; k++) {
		if (probabilities[k] > probabilities[best]) best = k;
	}
	let runnerUp = -1;
	for (let k = 0; k < probabilities.length; k++) {
		if (k === best) continue;
		if (runnerUp < 0 || probabilities[k] > probabilities[runnerUp]) runnerUp = k;
	}
	const probability = probabilities[best];
	return {
		best,
		probability,
		runnerUp,
		runnerUpProbability: runnerUp < 0 ? 0 : probabilities[runnerUp],
		answered: threshold === null || probability >= threshold,
		threshold
	};
}

/** The pieces of a softmax, for writing its formula with numbers. */
export interface SoftmaxWorking {
	/** e^(z_k) for each score. */
	exponentials: Float64Array;
	/** Σ_j e^(z_j). */
	total: number;
	/** e^(z_k) / total, from the engine's `softmax`. */
	probabilities: Float32Array;
}

/**
 * Softmax of one row of scores with its working: each e^z and their sum. The probabilities come from
 * the engine's stable `softmax`; the exponentials are for display, so scores are limited to ±50.
 * `softmaxWorking([0, Math.log(3)]).total === 4`
 */
export function softmaxWorking(scores: readonly number[]): SoftmaxWorking {
	for (const [k, z] of scores.entries()) {
		if (!Number.isFinite(z) || Math.abs(z) > 50) {
			throw new RangeError(
				`score ${z} of class ${k} cannot be shown as e^z: use scores between -50 and 50`
			);
		}
	}
	const probabilities = softmax(tensor(scores, [1, scores.length])).data;
	const exponentials = Float64Array.from(scores, (z) => Math.exp(z));
	let total = 0;
	for (const e of exponentials) total += e;
	return { exponentials, total, probabilities };
}
