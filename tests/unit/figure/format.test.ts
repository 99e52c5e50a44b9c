import { afterEach, describe, expect, it } from 'vitest';
import { baseLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import {
	compact,
	counted,
	fixed,
	grouped,
	percent,
	signed,
	texNumbers,
	trimmed
} from '../../../src/lib/figure/format';

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

describe('fixed and signed', () => {
	it.each([
		[-0.03, 2, '−0.03', '−0.03'],
		[-0.031, 2, '−0.03', '−0.03'],
		[0.123, 2, '0.12', '+0.12'],
		[1.8, 1, '1.8', '+1.8'],
		[-0.004, 2, '0.00', '0.00'],
		[0.004, 2, '0.00', '0.00'],
		[-0, 2, '0.00', '0.00'],
		[0, 3, '0.000', '0.000'],
		[-12.5, 1, '−12.5', '−12.5']
	])('%d with %i decimals: fixed %s, signed %s', (value, digits, plain, withSign) => {
		expect(fixed(value, digits)).toBe(plain);
		expect(signed(value, digits)).toBe(withSign);
	});
	it('keeps non-finite values readable', () => {
		expect(fixed(NaN)).toBe('NaN');
		expect(signed(-Infinity)).toBe('-Infinity');
	});
});

describe('compact', () => {
	it('drops the zero before the point, keeps the sign and the decimals', () => {
		expect(compact(-0.23)).toBe('−.23');
		expect(compact(-0.03)).toBe('−.03');
		expect(compact(0.05)).toBe('.05');
		expect(compact(1.25)).toBe('1.25');
		expect(compact(-1.5, 1)).toBe('−1.5');
		expect(compact(-0.001)).toBe('0');
		expect(compact(0)).toBe('0');
	});
});

describe('trimmed, percent', () => {
	it('drops trailing zeros and never writes -0', () => {
		expect(trimmed(2)).toBe('2');
		expect(trimmed(-3)).toBe('-3');
		expect(trimmed(0.125, 2)).toBe('0.13');
		expect(trimmed(0.5)).toBe('0.5');
		expect(trimmed(-0.001)).toBe('0');
		expect(trimmed(1.23456, 3)).toBe('1.235');
	});
	it('writes percentages with a space', () => {
		expect(percent(0.1234, 1)).toBe('12.3 %');
		expect(percent(0.5, 0)).toBe('50 %');
		expect(percent(0.1234)).toBe('12.3 %');
	});
});

describe('in French', () => {
	afterEach(() => overwriteGetLocale(() => baseLocale));
	const cells = {
		one: ({ count }: { count: string }) => `${count} cellule`,
		other: ({ count }: { count: string }) => `${count} cellules`
	};

	it('writes a decimal comma, a true minus and a narrow no-break space between thousands', () => {
		overwriteGetLocale(() => 'fr');
		expect(fixed(-0.031)).toBe('−0,03');
		expect(fixed(-0.004)).toBe('0,00');
		expect(signed(0.123)).toBe('+0,12');
		expect(compact(-0.23)).toBe('−,23');
		expect(compact(1.25)).toBe('1,25');
		expect(compact(-0.001)).toBe('0');
		expect(trimmed(0.125)).toBe('0,13');
		expect(trimmed(-0.5)).toBe('-0,5');
		expect(trimmed(-3)).toBe('-3');
		expect(trimmed(-0.001)).toBe('0');
		expect(percent(0.1234)).toBe('12,3\u00a0%');
		expect(grouped(61706)).toBe('61\u202f706');
		expect(grouped(-1234)).toBe('−1\u202f234');
		expect(grouped(999)).toBe('999');
		expect(texNumbers('x = 0,5 + 1\u202f234')).toBe('x = 0{,}5 + 1\\,234');
	});
	it('says 0 and 1 in the singular, as French does, and English only 1', () => {
		overwriteGetLocale(() => 'fr');
		expect(counted(0, cells.one, cells.other)).toBe('0 cellule');
		expect(counted(1, cells.one, cells.other)).toBe('1 cellule');
		expect(counted(2, cells.one, cells.other)).toBe('2 cellules');
		expect(counted(1200, cells.one, cells.other)).toBe('1\u202f200 cellules');
		overwriteGetLocale(() => 'en');
		expect(counted(0, cells.one, cells.other)).toBe('0 cellules');
		expect(counted(1, cells.one, cells.other)).toBe('1 cellule');
	});
	it('leaves English exactly as it was', () => {
		overwriteGetLocale(() => 'en');
		expect(fixed(-0.031)).toBe('−0.03');
		expect(percent(0.1234)).toBe('12.3 %');
		expect(texNumbers('x = 0,5')).toBe('x = 0,5');
	});
});
