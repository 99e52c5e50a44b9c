import { describe, expect, test } from 'vitest';
import { standardCost } from '../../../src/lib/engine/lessons/convCost';
import {
	COST_KEYS,
	costChoices,
	costRatio,
	costRows
} from '../../../src/lib/widgets/convolution/costTable';

const shape = { input: 32, inChannels: 3, outChannels: 16, kernel: 3, stride: 1, padding: 1 };

describe('costTable (the convolution cost figure)', () => {
	test('x=32 c=3 f=16 k=3 s=1 p=1 d=2: four rows, the first the engine’s standard cost', () => {
		const rows = costRows({ ...shape, dilation: 2 });
		expect(rows).toHaveLength(4);
		expect(rows[0].cost).toEqual(standardCost(shape));
		expect(rows.every((row) => row.cost !== null && row.error === '')).toBe(true);
	});
	test('x=4 k=7 p=0: a row the engine refuses carries its sentence, not a cost', () => {
		const rows = costRows({ ...shape, input: 4, kernel: 7, padding: 0, dilation: 1 });
		expect(rows[0].cost).toBeNull();
		expect(rows[0].error).not.toBe('');
	});
	test('a value from a link joins the drop-down’s sizes in order', () => {
		expect(costChoices('kernel', 3)).toEqual([1, 2, 3, 5, 7]);
		expect(costChoices('kernel', 4)).toEqual([1, 2, 3, 4, 5, 7]);
		expect(COST_KEYS[0]).toBe('input');
		expect(COST_KEYS.at(-1)).toBe('dilation');
	});
	test('ratios to the ordinary convolution', () => {
		expect(costRatio(30, 10)).toBe('3.00×');
		expect(costRatio(120, 10)).toBe('12×');
		expect(costRatio(1, 10)).toBe('0.100×');
		expect(costRatio(1, undefined)).toBe('–');
	});
});
