import { describe, expect, test } from 'vitest';
import { tinyExamples, tinyInitialParams, tinyTrain } from '$lib/engine/lessons/tinyCnn';
import { TinyHistory } from '$lib/widgets/learning/tinyHistory';

describe('TinyHistory (the learnable-parts figure’s run)', () => {
	test('seed 3, rate 0.5: step by step gives the numbers of one long run of 12 steps', () => {
		const run = tinyTrain(tinyInitialParams(3), tinyExamples(), 12, 0.5);
		const history = new TinyHistory(3, 0.5);
		expect(history.at(12).loss).toBe(run[12].loss);
		expect(history.at(5).params.kernel.data).toEqual(run[5].params.kernel.data);
		expect(history.at(0).loss).toBe(run[0].loss);
	});
});
