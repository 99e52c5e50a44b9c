/** One softmax for the engine: the row functions agree with the definition and stay finite. */
import { describe, expect, it } from 'vitest';
import { createLeNet5 } from '../../../src/lib/engine/lenet';
import { crossEntropyFromLogits, softmax } from '../../../src/lib/engine/loss';
import { createRandom } from '../../../src/lib/engine/random';
import { logSumExp, softmaxRow } from '../../../src/lib/engine/softmax';
import { tensor } from '../../../src/lib/engine/tensor';

describe('softmax rows', () => {
	it('equal e^z / Σ e^z and give the first largest score', () => {
		const scores = [1, 3, -2, 3];
		const out = new Float32Array(6);
		const best = softmaxRow(scores, 0, 4, out, 2);
		const total = scores.reduce((t, z) => t + Math.exp(z), 0);
		scores.forEach((z, k) => expect(out[2 + k]).toBeCloseTo(Math.exp(z) / total, 7));
		expect(best).toBe(1);
		expect([out[0], out[1]]).toEqual([0, 0]);
	});

	it('stay finite for scores whose exponential overflows', () => {
		const out = new Float32Array(2);
		softmaxRow([1000, 1000], 0, 2, out, 0);
		expect([...out]).toEqual([0.5, 0.5]);
		expect(logSumExp([1000, 1000], 0, 2)).toBeCloseTo(1000 + Math.LN2, 10);
		expect(logSumExp([0, 0], 0, 2)).toBe(Math.LN2);
	});

	it('are what softmax, the cross-entropy and Sequential.predict use', () => {
		const logits = tensor([2, 0, -1, 0.5, 0.5, 4], [2, 3]);
		const probabilities = softmax(logits);
		expect(crossEntropyFromLogits(logits, [0, 2]).probabilities.data).toEqual(probabilities.data);
		const loss = (logSumExp(logits.data, 0, 3) - 2 + logSumExp(logits.data, 3, 3) - 4) / 2;
		expect(crossEntropyFromLogits(logits, [0, 2]).loss).toBeCloseTo(loss, 12);

		const model = createLeNet5(createRandom(3));
		const x = { shape: [2, 1, 28, 28], data: new Float32Array(2 * 784).map((_, i) => (i % 7) / 7) };
		const scores = model.forward(x, false);
		const { classes, probabilities: predicted } = model.predict(x);
		expect(predicted.data).toEqual(softmax(scores).data);
		expect([...classes]).toEqual(
			[0, 1].map((n) => {
				const row = [...scores.data.slice(n * 10, n * 10 + 10)];
				return row.indexOf(Math.max(...row));
			})
		);
	});
});
