import { describe, expect, test } from 'vitest';
import { readableLoss } from '$lib/engine/lessons/trainingRun';

describe('readableLoss: a divergence message reads its loss in plain words, never in e-notation', () => {
	test.each([
		[26.04, '26'],
		[31.25, '31.3'],
		[12345.6, '12,346'],
		[2.5e6, '2.5 million'],
		[80569417880, '80.6 billion'],
		[3e13, '30 trillion'],
		[2.5e24, '2,500,000,000,000 trillion'],
		[Infinity, 'infinity']
	])('%d reads %s', (loss, text) => {
		expect(readableLoss(loss)).toBe(text);
		expect(readableLoss(loss)).not.toMatch(/e[+-]/i);
	});
});
