import { describe, expect, test } from 'vitest';
import { checkSettings, intRange, parseSettings, toQuery } from '../../../src/lib/figure/settings';
import { useSettings } from '../../../src/lib/figure/settings.svelte';
import { defineWidget } from '../../../src/lib/figure/widget';

const widget = defineWidget({
	name: 'test-figure',
	title: () => 'A test figure',
	lesson: '03-the-sliding-window',
	schema: {
		stride: { kind: 'int', label: () => 'Stride', min: 1, max: 4, default: 1 },
		rate: { kind: 'number', label: () => 'Rate', min: 0, max: 1, default: 0.5 },
		mode: { kind: 'choice', label: () => 'Mode', values: ['max', 'mean'], default: 'max' },
		values: { kind: 'bool', label: () => 'Values', default: false }
	},
	load: () => Promise.reject(new Error('not loaded in this test'))
});
const { schema } = widget;

describe('parseSettings (from a URL)', () => {
	test('stride=3&mode=mean reads both', () => {
		const { values, problems } = parseSettings(schema, new URLSearchParams('stride=3&mode=mean'));
		expect(values).toEqual({ stride: 3, rate: 0.5, mode: 'mean', values: false });
		expect(problems).toEqual([]);
	});
	test.each([
		['stride=0.5', 'Stride: “0.5” is not a whole number, so the default (1) is used.'],
		['stride=9', 'Stride: 9 is outside 1 to 4, so the default (1) is used.'],
		['stride=', 'Stride: “” is not a whole number, so the default (1) is used.'],
		['mode=sum', 'Mode: “sum” is not one of max, mean, so the default (max) is used.'],
		['values=yes', 'Values: “yes” is not 1 or 0, so the default (false) is used.']
	])('%s falls back with a note', (query, problem) => {
		const { values, problems } = parseSettings(schema, new URLSearchParams(query));
		expect(values).toEqual({ stride: 1, rate: 0.5, mode: 'max', values: false });
		expect(problems).toEqual([problem]);
	});
});

describe('checkSettings (from a lesson)', () => {
	test('{ stride: 3, values: true } is used as given', () => {
		expect(checkSettings(schema, { stride: 3, values: true })).toEqual({
			values: { stride: 3, rate: 0.5, mode: 'max', values: true },
			problems: []
		});
	});
	test.each([
		[{ stride: 0.5 }, 'Stride: “0.5” is not a whole number.'],
		[{ stride: 7 }, 'Stride: 7 is outside 1 to 4.'],
		[{ stride: '3' }, 'Stride: "3" is not a number.'],
		[{ rate: Number.NaN }, 'Rate: “NaN” is not a number.'],
		[{ mode: 'sum' }, 'Mode: "sum" is not one of max, mean.'],
		[{ values: 1 }, 'Values: 1 is not true or false.'],
		[{ strides: 2 }, '“strides” is not one of its settings (stride, rate, mode, values).']
	])('%o is refused as strictly as a URL value', (given, problem) => {
		const { values, problems } = checkSettings(schema, given);
		expect(values).toEqual({ stride: 1, rate: 0.5, mode: 'max', values: false });
		expect(problems).toEqual([problem]);
	});
});

describe('useSettings', () => {
	test('starts from the lesson settings; values are settable and make the query', () => {
		const settings = useSettings(widget, () => ({ stride: 2 }));
		expect(settings.values.stride).toBe(2);
		expect(settings.query).toBe('stride=2');
		settings.values.mode = 'mean';
		settings.set({ stride: 1, values: true });
		expect(settings.query).toBe('mode=mean&values=1');
		expect(settings.queryWith({ stride: 4 })).toBe('stride=4&mode=mean&values=1');
		expect(settings.start.stride).toBe(2);
	});
	test('a bad lesson setting fails loudly in development and tests', () => {
		expect(() => useSettings(widget, () => ({ stride: 9 }))).toThrow(
			'The figure "test-figure" was given settings it cannot use. Stride: 9 is outside 1 to 4.'
		);
	});
	test('no settings: the defaults', () => {
		expect(useSettings(widget, () => undefined).values).toEqual({
			stride: 1,
			rate: 0.5,
			mode: 'max',
			values: false
		});
		expect(toQuery(schema, { stride: 1 })).toBe('');
	});
});

describe('intRange (the options of a drop-down)', () => {
	test('stride 1 to 4', () => {
		expect(intRange(schema.stride)).toEqual([1, 2, 3, 4]);
	});
	test('a single value', () => {
		expect(intRange({ min: 0, max: 0 })).toEqual([0]);
	});
});
