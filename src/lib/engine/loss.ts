/**
 * Softmax and cross-entropy. Both subtract each row's largest score before exponentiating, so no
 * exp() overflows. A NaN or infinite score is reported with a NonFiniteError, never turned into a
 * NaN loss that would silently spoil training.
 */

import { logSumExp, softmaxRow } from './softmax';
import { expectRank, ShapeError } from './shape';
import { shapeString, type Tensor } from './tensor';

/** A NaN or infinite number where a finite one is needed (usually a diverging training run). */
export class NonFiniteError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'NonFiniteError';
	}
}

function checkFinite(logits: Tensor): void {
	const classes = logits.shape[1];
	for (let i = 0; i < logits.data.length; i++) {
		const value = logits.data[i];
		if (!Number.isFinite(value)) {
			const row = Math.floor(i / classes);
			throw new NonFiniteError(
				`score ${i % classes} of example ${row} is ${value}: the scores must be finite numbers; a NaN or infinite score usually means training diverged, so lower the learning rate or check the input`
			);
		}
	}
}

/**
 * Softmax of each row of [N, K] scores: e^(z - max) / Σ e^(z - max).
 * `softmax(tensor([1, 2, 3], [1, 3]))`
 */
export function softmax(logits: Tensor): Tensor {
	expectRank('logits', logits.shape, 2, '[batch, classes]');
	checkFinite(logits);
	const [batch, classes] = logits.shape;
	const out = new Float32Array(logits.data.length);
	for (let n = 0; n < batch; n++) softmaxRow(logits.data, n * classes, classes, out, n * classes);
	return { shape: [batch, classes], data: out };
}

/** Cross-entropy of a batch, with the probabilities and the gradient of the scores. */
export interface CrossEntropyResult {
	/** Mean over the batch of -ln p(correct class). */
	loss: number;
	/** softmax(logits), [N, K]. */
	probabilities: Tensor;
	/** dLoss/dLogits = (p - onehot(label)) / N, [N, K]. */
	gradLogits: Tensor;
}

/**
 * Mean cross-entropy of raw scores against whole-number labels, computed stably from the scores.
 * `crossEntropyFromLogits(tensor([2, 0, -1], [1, 3]), [0]).loss`
 */
export function crossEntropyFromLogits(
	logits: Tensor,
	labels: Int32Array | readonly number[]
): CrossEntropyResult {
	expectRank('logits', logits.shape, 2, '[batch, classes]');
	const [batch, classes] = logits.shape;
	if (batch < 1 || classes < 1) {
		throw new ShapeError(
			`logits of shape ${shapeString(logits.shape)} hold no score: give at least one example and one class`
		);
	}
	if (labels.length !== batch) {
		throw new ShapeError(
			`${labels.length} labels for logits of shape ${shapeString(logits.shape)}: give one label per example (${batch})`
		);
	}
	for (let n = 0; n < batch; n++) {
		const label = labels[n];
		if (!Number.isInteger(label) || label < 0 || label >= classes) {
			throw new ShapeError(
				`label ${label} of example ${n} is not a class: labels must be whole numbers from 0 to ${classes - 1}`
			);
		}
	}
	checkFinite(logits);
	const probabilities = softmax(logits);
	const grad = new Float32Array(logits.data.length);
	let total = 0;
	for (let n = 0; n < batch; n++) {
		const row = n * classes;
		// -ln p(label) = ln Σ e^z - z_label, which stays finite even when p(label) underflows to 0.
		total += logSumExp(logits.data, row, classes) - logits.data[row + labels[n]];
		for (let k = 0; k < classes; k++) {
			const onehot = k === labels[n] ? 1 : 0;
			grad[row + k] = (probabilities.data[row + k] - onehot) / batch;
		}
	}
	const loss = total / batch;
	if (!Number.isFinite(loss)) {
		throw new NonFiniteError(`the loss is ${loss}: check the scores for huge values`);
	}
	return { loss, probabilities, gradLogits: { shape: [batch, classes], data: grad } };
}
