/**
 * Softmax, written once for the engine: `softmax` and the cross-entropy of loss.ts and
 * `Sequential.predict` turn scores into probabilities with these two row functions. Both subtract the
 * row's largest score first, so e^z never overflows (the result is the same: the factor e^-max cancels).
 */

/**
 * ln Σ e^z over `count` values from `start`, computed stably as max + ln Σ e^(z - max).
 * `logSumExp([0, 0], 0, 2) === Math.LN2`
 */
export function logSumExp(values: ArrayLike<number>, start: number, count: number): number {
	let max = -Infinity;
	for (let k = 0; k < count; k++) max = Math.max(max, values[start + k]);
	let sum = 0;
	for (let k = 0; k < count; k++) sum += Math.exp(values[start + k] - max);
	return max + Math.log(sum);
}

/**
 * Softmax of `count` scores from `start`, e^(z - max) / Σ e^(z - max), written into `out` from
 * `outStart`; returns the index (within the row) of the largest score, the first one on a tie.
 * `softmaxRow([1, 2, 3], 0, 3, probabilities, 0) === 2`
 */
export function softmaxRow(
	values: ArrayLike<number>,
	start: number,
	count: number,
	out: Float32Array,
	outStart: number
): number {
	let max = -Infinity;
	let best = 0;
	for (let k = 0; k < count; k++) {
		if (values[start + k] > max) {
			max = values[start + k];
			best = k;
		}
	}
	let total = 0;
	for (let k = 0; k < count; k++) total += Math.exp(values[start + k] - max);
	for (let k = 0; k < count; k++) out[outStart + k] = Math.exp(values[start + k] - max) / total;
	return best;
}
