import { describe, expect, it } from 'vitest';
import { decide, softmaxWorking } from '../../../../src/lib/engine/lessons/decision';
import { softmax } from '../../../../src/lib/engine/loss';
import { tensor } from '../../../../src/lib/engine/tensor';

describe('decide', () => {
	it('takes the largest probability', () => {
		const decision = decide([0.1, 0.6, 0.3]);
		expect(decision.best).toBe(1);
		expect(decision.probability).toBe(0.6);
		expect(decision.runnerUp).toBe(2);
		expect(decision.runnerUpProbability).toBe(0.3);
		expect(decision.answered).toBe(true);
		expect(decision.threshold).toBeNull();
	});

	it.each([
		['threshold 0.5 answers 0.6', 0.5, true],
		['threshold 0.6 answers 0.6 (at the threshold)', 0.6, true],
		['threshold 0.7 refuses 0.6', 0.7, false]
	])('%s', (_label, threshold, answered) => {
		expect(decide([0.1, 0.6, 0.3], threshold).answered).toBe(answered);
	});

	it('a tie goes to the first class', () => {
		expect(decide([0.25, 0.25, 0.25, 0.25]).best).toBe(0);
		expect(decide([0.25, 0.25, 0.25, 0.25]).runnerUp).toBe(1);
	});

	it('one class has no runner-up', () => {
		const decision = decide([1]);
		expect(decision.best).toBe(0);
		expect(decision.runnerUp).toBe(-1);
	});

	it.each([
		['no class', [], null, /at least one class/],
		['a score instead of a probability', [2.5, 0.1], null, /softmax first/],
		['NaN', [Number.NaN, 0.5], null, /softmax first/],
		['threshold 1.5', [0.5, 0.5], 1.5, /between 0 and 1/]
	])('refuses %s', (_label, probabilities, threshold, message) => {
		expect(() => decide(probabilities, threshold)).toThrow(message);
	});
});

describe('softmaxWorking', () => {
	it('scores [0, ln 3]: e^z = [1, 3], total 4, probabilities [0.25, 0.75]', () => {
		const working = softmaxWorking([0, Math.log(3)]);
		expect(working.exponentials[0]).toBeCloseTo(1, 10);
		expect(working.exponentials[1]).toBeCloseTo(3, 10);
		expect(working.total).toBeCloseTo(4, 10);
		expect(working.probabilities[1]).toBeCloseTo(0.75, 6);
	});

	it('10 scores: e^z / total equals the engine softmax, and the probabilities sum to 1', () => {
		const scores = [1.2, -0.5, 3.1, 0, 2.2, -3, 0.7, 4, -1.1, 0.3];
		const working = softmaxWorking(scores);
		const reference = softmax(tensor(scores, [1, 10])).data;
		let sum = 0;
		for (let k = 0; k < 10; k++) {
			expect(working.exponentials[k] / working.total).toBeCloseTo(reference[k], 6);
			sum += working.probabilities[k];
		}
		expect(sum).toBeCloseTo(1, 5);
	});

	it('refuses a score it cannot write as e^z', () => {
		expect(() => softmaxWorking([0, 80])).toThrow(/between -50 and 50/);
	});
});
