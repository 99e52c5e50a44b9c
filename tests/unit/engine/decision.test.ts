import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/lib/engine/decision';

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
