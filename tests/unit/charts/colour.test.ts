import { describe, expect, test } from 'vitest';
import { rgb } from 'd3-color';
import {
	interpolateBlues,
	interpolateGreens,
	interpolateRdBu,
	interpolateReds,
	schemeBlues,
	schemeGreens,
	schemeRdBu,
	schemeReds
} from 'd3-scale-chromatic';
import {
	colour,
	css,
	diverging,
	fade,
	greys,
	magnitude,
	neutral,
	orangeBlue,
	pixelColour,
	sampled,
	textOn,
	UNKNOWN
} from '$lib/charts/colour';
import { fitFontSize, textWidth } from '$lib/charts/textFit';

const channels = (c: { r: number; g: number; b: number }) => [c.r, c.g, c.b];

describe('colours are values', () => {
	test('css writes rgb() or rgba(), rounded', () => {
		expect(css(colour(30, 90.4, 200))).toBe('rgb(30, 90, 200)');
		expect(css(fade(colour(1, 2, 3), 0.3))).toBe('rgba(1, 2, 3, 0.3)');
	});
	test('a pixel of one, three or four channels', () => {
		expect(pixelColour([7])).toEqual(colour(7, 7, 7));
		expect(pixelColour([1, 2, 3])).toEqual(colour(1, 2, 3));
		expect(pixelColour([1, 2, 3, 51])).toEqual(colour(1, 2, 3, 0.2));
	});
	test('text on a fill: near-black on light, white on dark, the page colour on a see-through fill', () => {
		expect(textOn(colour(240, 240, 240))).toBe('#111');
		expect(textOn(colour(20, 40, 120))).toBe('#fff');
		expect(textOn(colour(20, 40, 120, 0.3))).toBe('currentColor');
	});
	test('magnitude: the largest absolute finite value', () => {
		expect(magnitude([1, -3, NaN, 2])).toBe(3);
		expect(magnitude([])).toBe(1e-6);
	});
});

describe('scales', () => {
	test('diverging(limit): white at 0, RdBu at the soft ends, grey for NaN, saturating', () => {
		const scale = diverging(2);
		const rdbu = sampled(schemeRdBu);
		expect(scale(0)).toEqual(rdbu(0.5));
		expect(scale(2)).toEqual(rdbu(0.92));
		expect(scale(-2)).toEqual(rdbu(0.08));
		expect(scale(50)).toEqual(scale(2));
		expect(scale(NaN)).toBe(UNKNOWN);
		// Blue above zero, red below.
		expect(scale(1).b).toBeGreaterThan(scale(1).r);
		expect(scale(-1).r).toBeGreaterThan(scale(-1).b);
	});
	test.each([
		['RdBu', schemeRdBu, interpolateRdBu],
		['Blues', schemeBlues, interpolateBlues],
		['Greens', schemeGreens, interpolateGreens],
		['Reds', schemeReds, interpolateReds]
	])(
		"sampled(scheme%s): the colours of d3's own interpolator at each of 256 steps",
		(_, scheme, d3) => {
			const table = sampled(scheme);
			for (let i = 0; i < 256; i++) {
				const expected = rgb(d3(i / 255));
				expect(channels(table(i / 255)), `step ${i}`).toEqual(channels(expected));
			}
			expect(table(NaN)).toBe(UNKNOWN);
		}
	);
	test('orangeBlue(limit): pale at 0, orange at -limit, blue at +limit', () => {
		const scale = orangeBlue(9);
		expect(channels(scale(0))).toEqual([238, 236, 230]);
		expect(channels(scale(-9))).toEqual([196, 72, 8]);
		expect(channels(scale(20))).toEqual([30, 90, 200]);
		expect(channels(scale(4.5))).toEqual([134, 163, 215]);
		expect(channels(orangeBlue(0)(3))).toEqual([238, 236, 230]);
	});
	test('greys and neutral', () => {
		expect(channels(greys()(0))).toEqual([0, 0, 0]);
		expect(channels(greys()(255))).toEqual([255, 255, 255]);
		expect(channels(greys()(300))).toEqual([255, 255, 255]);
		expect(channels(neutral(9)(0))).toEqual([246, 246, 252]);
		expect(channels(neutral(9)(9))).toEqual([126, 126, 132]);
		expect(channels(neutral(0)(5))).toEqual([246, 246, 252]);
	});
	test('each call returns a colour of its own value, not one object mutated', () => {
		const scale = orangeBlue(1);
		const a = scale(0.2);
		const b = scale(0.8);
		expect(a).not.toEqual(b);
		expect(channels(a)).toEqual(channels(scale(0.2)));
	});
});

describe('text that fits a cell', () => {
	test('widths of the characters numbers use', () => {
		expect(textWidth('−0.03')).toBeCloseTo(0.84 + 0.64 * 3 + 0.32, 5);
		expect(textWidth('255')).toBeCloseTo(1.92, 5);
	});
	test('one size for the grid: the widest line and the fullest cell decide', () => {
		expect(fitFontSize([['1'], ['2']], 7.2, 8.6, 3.6)).toBe(3.6);
		expect(fitFontSize([['−0.23'], ['1']], 7.2, 8.6, 3.6)).toBeCloseTo(7.2 / (3.08 * 1.04), 5);
		expect(fitFontSize([['1', '2', '3']], 7.2, 8.6, 3.6)).toBeCloseTo(8.6 / 3.15, 5);
		expect(fitFontSize([], 7.2, 8.6, 3.6)).toBe(3.6);
	});
});
