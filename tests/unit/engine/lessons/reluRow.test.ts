/** Lesson 5's row of a feature map before and after ReLU: strong, weak and negative values. */
import { describe, expect, it } from 'vitest';
import { chelseaGrey } from '../../../../src/lib/data/chelsea';
import { edgeFeatureMap } from '../../../../src/lib/engine/lessons/featureMaps';
import { rowResponses } from '../../../../src/lib/engine/lessons/reluRow';
import { ShapeError } from '../../../../src/lib/engine/shape';
import { tensor } from '../../../../src/lib/engine/tensor';

describe('rowResponses', () => {
	it('a 2 x 5 map, row 2 = [-3, 1, 8, 4, 0]: largest 8, strong from 4 (columns 3 and 4), 1 weak, 1 negative', () => {
		const map = tensor([9, 9, 9, 9, 9, -3, 1, 8, 4, 0], [1, 1, 2, 5]);
		const row = rowResponses(map, 1);
		expect(Array.from(row.before)).toEqual([-3, 1, 8, 4, 0]);
		expect(Array.from(row.after)).toEqual([0, 1, 8, 4, 0]);
		expect([row.largest, row.strongLevel, row.lowest]).toEqual([8, 4, -3]);
		expect(row.strong).toEqual([2, 3]);
		expect([row.weak, row.negative]).toEqual([1, 1]);
	});

	it('a row with no positive value has no strong response and is all 0 after ReLU', () => {
		const row = rowResponses(tensor([-1, -2, 0], [1, 1, 1, 3]), 0);
		expect(row.strong).toEqual([]);
		expect(Array.from(row.after)).toEqual([0, 0, 0]);
		expect(row.negative).toBe(2);
	});

	it('row 0 or past the last is refused with the range to use', () => {
		const map = tensor([1, 2, 3, 4], [1, 1, 2, 2]);
		expect(() => rowResponses(map, 2)).toThrow(ShapeError);
		expect(() => rowResponses(map, -1)).toThrow(/use a row from 1 to 2/);
	});

	it('on the cat, vertical edges, every row: ReLU keeps each strong value and zeroes each negative one', () => {
		const map = edgeFeatureMap(chelseaGrey(), 'vertical');
		for (let r = 0; r < 78; r++) {
			const row = rowResponses(map, r);
			expect(row.strong.length).toBeGreaterThan(0);
			for (const column of row.strong) expect(row.after[column]).toBe(row.before[column]);
			expect(row.after.filter((value) => value === 0).length).toBeGreaterThanOrEqual(row.negative);
			expect(row.strong.length + row.weak + row.negative).toBeLessThanOrEqual(118);
		}
	});
});
