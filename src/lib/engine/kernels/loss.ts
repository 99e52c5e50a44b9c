/** The loss every classifier here trains on. */
import { logSumExp } from '../softmax';

/**
 * Softmax cross-entropy from logits [batch, classes], averaged over the batch. Writes the gradient of the
 * mean loss with respect to the logits, (softmax - onehot) / batch, into `gradLogits`, and returns the loss
 * and the number of correct argmax predictions. A non-finite logit gives a non-finite loss, never a clamp.
 * The softmax is the engine's one (softmax.ts): loss = ln Σ e^z - z_label, softmax = e^(z - ln Σ e^z).
 * `softmaxCrossEntropy(logits, labels, 32, 10, grad)`
 */
export function softmaxCrossEntropy(
	logits: Float32Array,
	labels: ArrayLike<number>,
	batch: number,
	classes: number,
	gradLogits: Float32Array | null
): { loss: number; correct: number } {
	let loss = 0;
	let correct = 0;
	for (let n = 0; n < batch; n++) {
		const row = n * classes;
		let max = -Infinity;
		let argmax = 0;
		for (let k = 0; k < classes; k++) {
			const v = logits[row + k];
			if (v > max || v !== v) {
				max = v;
				argmax = k;
			}
		}
		const label = labels[n];
		const logSum = logSumExp(logits, row, classes);
		loss += logSum - logits[row + label];
		if (argmax === label) correct++;
		if (gradLogits) {
			for (let k = 0; k < classes; k++) {
				const p = Math.exp(logits[row + k] - logSum);
				gradLogits[row + k] = (p - (k === label ? 1 : 0)) / batch;
			}
		}
	}
	return { loss: loss / batch, correct };
}
