import { describe, expect, test } from 'vitest';
import { conv2dTraced } from '../../../src/lib/engine/conv';
import { tensor } from '../../../src/lib/engine/tensor';
import {
	kernelRows,
	nudgeWeight,
	presetWeights,
	resizeKernel,
	sumMeaning
} from '../../../src/lib/widgets/convolution/kernelEdit';
import { PaddedView, stepGridWidth } from '../../../src/lib/widgets/convolution/stepView';

describe('PaddedView (the sliding window’s input cells)', () => {
	// A 2-channel 3 x 3 input with values 1..18, padding 1: a 5 x 5 padded grid.
	const input = tensor(
		Array.from({ length: 18 }, (_, i) => i + 1),
		[1, 2, 3, 3]
	);
	const { trace } = conv2dTraced(input, tensor(new Array(18).fill(1), [1, 2, 3, 3]), null, {
		padding: 1
	});
	const view = new PaddedView(input, trace.geometry, 1);

	test('x=[1,2,3,3] p=1: 5 x 5 cells, the border is padding', () => {
		expect([view.rows, view.columns]).toEqual([5, 5]);
		expect(view.value(0, 0)).toBeNull();
		expect(view.kind(0, 2, [])).toBe('padding');
		expect(view.kind(4, 4, [])).toBe('padding');
	});
	test('channel 1, padded (1, 1) is input (0, 0) of channel 1: 10', () => {
		expect(view.value(1, 1)).toBe(10);
		expect(view.value(3, 3)).toBe(18);
		expect(view.kind(1, 1, [])).toBe('value');
	});
	test('unread rows and columns, and inserted zeros, are told apart', () => {
		expect(view.kind(1, 3, [2])).toBe('uncovered');
		expect(view.kind(3, 1, [2])).toBe('uncovered');
		expect(view.kind(1, 1, [2])).toBe('value');
		expect(view.kind(2, 2, [], (row, column) => row === 1 && column === 1)).toBe('inserted');
	});
	test('grid width: 44 px a cell, at most 360', () => {
		expect(stepGridWidth(5)).toBe(220);
		expect(stepGridWidth(12)).toBe(360);
	});
});

describe('kernel editor bookkeeping', () => {
	test('identity at 5 x 5 sits in the middle', () => {
		const weights = presetWeights('identity', 5);
		expect(weights).toHaveLength(25);
		expect(weights[12]).toBe(1);
		expect(weights.reduce((a, b) => a + b, 0)).toBe(1);
	});
	test('5 -> 3 keeps the middle, 3 -> 5 adds zeros around', () => {
		const five = Array.from({ length: 25 }, (_, i) => i);
		expect(resizeKernel(five, 5, 3)).toEqual([6, 7, 8, 11, 12, 13, 16, 17, 18]);
		expect(resizeKernel([1, 2, 3, 4, 5, 6, 7, 8, 9], 3, 5)[6]).toBe(1);
		expect(resizeKernel([1, 2, 3, 4, 5, 6, 7, 8, 9], 3, 3)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});
	test('arrow keys: ±1, ±0.1 with Shift, no floating-point tail', () => {
		expect(nudgeWeight(1, false, false)).toBe(0);
		expect(nudgeWeight(0.2, true, true)).toBe(0.3);
	});
	test('the sum in words', () => {
		expect(sumMeaning(1)).toContain('keeps the overall brightness');
		expect(sumMeaning(0)).toContain('keeps only changes');
		expect(sumMeaning(2)).toContain('brighter');
		expect(sumMeaning(-1)).toContain('darker');
	});
	test('rows as the description writes them', () => {
		expect(kernelRows([0, 1, 0, 1, -4, 1, 0, 1, 0], 3)).toEqual(['(0 1 0)', '(1 −4 1)', '(0 1 0)']);
	});
});
