import { describe, expect, it } from 'vitest';
import { grouped } from '../../../src/lib/figure/numbers';

describe('grouped', () => {
	it('writes whole numbers with thousands separators, as English does', () => {
		for (const value of [0, 7, 999, 1000, 61706, 138357544, 1_000_000, -4321]) {
			expect(grouped(value)).toBe(value.toLocaleString('en').replace('-', '−'));
		}
	});
	it('rounds before grouping and keeps non-finite values readable', () => {
		expect(grouped(1234.6)).toBe('1,235');
		expect(grouped(NaN)).toBe('NaN');
		expect(grouped(Infinity)).toBe('Infinity');
	});
});
