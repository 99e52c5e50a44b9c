import { describe, expect, it } from 'vitest';
import { crossEntropyFromLogits, NonFiniteError, softmax } from '../../../src/lib/engine/loss';
import { tensor } from '../../../src/lib/engine/tensor';
import { createRandom, expectGradient, randomTensor } from './ops-helpers';

describe('softmax', () => {
	it('rows sum to 1 and keep the order of the scores', () => {
		const p = softmax(tensor([1, 2, 3, 0, 0, 0], [2, 3]));
		expect(p.data[0] + p.data[1] + p.data[2]).toBeCloseTo(1, 6);
		expect(p.data[2]).toBeGreaterThan(p.data[1]);
		expect(p.data[3]).toBeCloseTo(1 / 3, 6);
	});
	it('huge scores do not overflow (the maximum is subtracted first)', () => {
		const p = softmax(tensor([1000, 1001, 999], [1, 3]));
		const expected = softmax(tensor([1, 2, 0], [1, 3]));
		p.data.forEach((v, i) => expect(v).toBeCloseTo(expected.data[i], 6));
	});
});

describe('crossEntropyFromLogits', () => {
	it('N=1 K=3 by hand: loss = ln Σe^z - z_label', () => {
		const { loss, gradLogits, probabilities } = crossEntropyFromLogits(
			tensor([2, 0, -1], [1, 3]),
			[0]
		);
		const expected = Math.log(Math.exp(2) + 1 + Math.exp(-1)) - 2;
		expect(loss).toBeCloseTo(expected, 6);
		expect(gradLogits.data[0]).toBeCloseTo(probabilities.data[0] - 1, 6);
		expect(gradLogits.data[1]).toBeCloseTo(probabilities.data[1], 6);
	});

	it('a confidently wrong score gives a large but finite loss', () => {
		const { loss } = crossEntropyFromLogits(tensor([200, -200], [1, 2]), Int32Array.from([1]));
		expect(loss).toBeCloseTo(400, 3);
	});

	it.each([
		['N=1 K=10', 1, 10],
		['N=4 K=10 (mean over the batch)', 4, 10],
		['N=3 K=2', 3, 2]
	])('gradient check %s', (_label, batch, classes) => {
		const rng = createRandom(batch * 31 + classes);
		const logits = randomTensor([batch, classes], rng, 3);
		const labels = Array.from({ length: batch }, () => rng.int(classes));
		const { gradLogits } = crossEntropyFromLogits(logits, labels);
		expectGradient(
			'logits',
			() => crossEntropyFromLogits(logits, labels).loss,
			logits.data,
			gradLogits.data,
			1e-2,
			1e-2
		);
	});

	it.each([
		['NaN', NaN],
		['Infinity', Infinity],
		['-Infinity', -Infinity]
	])('a %s score throws NonFiniteError naming the example, never a NaN loss', (_label, bad) => {
		const logits = tensor([0, 1, 2, 3, bad, 5], [2, 3]);
		expect(() => crossEntropyFromLogits(logits, [0, 1])).toThrow(NonFiniteError);
		expect(() => crossEntropyFromLogits(logits, [0, 1])).toThrow(
			/score 1 of example 1 is .*learning rate/
		);
		expect(() => softmax(logits)).toThrow(NonFiniteError);
	});
});
