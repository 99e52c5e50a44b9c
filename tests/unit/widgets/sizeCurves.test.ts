/** Lesson 13's experiment figure: the table, curves and sentences it makes of finished runs. */
import { afterEach, describe, expect, test } from 'vitest';
import { baseLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import type { Approach } from '$lib/engine/lessons/sizeExperiment';
import {
	curve,
	notice,
	rowWords,
	standing,
	summarise,
	type JobResult
} from '$lib/widgets/finetune/sizeCurves';

const result = (
	perClass: number,
	approach: Approach,
	seed: number,
	accuracy: number
): JobResult => ({
	job: { perClass, approach, seed },
	accuracy
});

/** Two seeds per run; fine-tuned and scratch accuracies per size as given. */
function runs(table: [number, number, number][]): JobResult[] {
	return table.flatMap(([perClass, fine, scratch]) => [
		result(perClass, 'fine-tuned', 1, fine - 0.01),
		result(perClass, 'fine-tuned', 2, fine + 0.01),
		result(perClass, 'scratch', 1, scratch + 0.02),
		result(perClass, 'scratch', 2, scratch - 0.02)
	]);
}

describe('summarise: one mean per size and approach, once every seed is in', () => {
	test('sizes 2 and 5, 2 seeds: means; a size with one seed of two stays unmeasured', () => {
		const results = [...runs([[2, 0.66, 0.6]]), result(5, 'fine-tuned', 1, 0.8)];
		const rows = summarise([2, 5], 2, results);
		expect(rows[0].fine).toBeCloseTo(0.66, 10);
		expect(rows[0].scratch).toBeCloseTo(0.6, 10);
		expect(rows[1]).toEqual({ perClass: 5, fine: null, scratch: null });
		expect(curve(rows, 'fine-tuned')).toEqual([{ x: 2, y: rows[0].fine }]);
		expect(curve(rows, 'scratch')).toHaveLength(1);
		expect(rowWords(rows[1])).toBe(
			'5 per class: fine-tuned not measured yet, from scratch not measured yet'
		);
		expect(rowWords(rows[0])).toBe('2 per class: fine-tuned 66.0 %, from scratch 60.0 %');
	});

	test('no result: every row unmeasured, empty curves, nothing to notice', () => {
		const rows = summarise([2, 5, 10], 3, []);
		expect(rows.every((row) => row.fine === null && row.scratch === null)).toBe(true);
		expect(curve(rows, 'scratch')).toEqual([]);
		expect(notice(rows)).toBeNull();
	});
});

describe('standing and notice: what the reader should see, from the numbers', () => {
	test('ahead, level (within 2 points) and behind', () => {
		expect(standing({ perClass: 2, fine: 0.66, scratch: 0.61 })).toBe('ahead by 5 points');
		expect(standing({ perClass: 2, fine: 0.9, scratch: 0.908 })).toBe(
			'level with it (−0.8 points)'
		);
		expect(standing({ perClass: 2, fine: 0.8, scratch: 0.8 })).toBe('level with it (0 points)');
		expect(standing({ perClass: 2, fine: 0.8, scratch: 0.83 })).toBe('behind by 3 points');
		expect(standing({ perClass: 2, fine: null, scratch: 0.83 })).toBe('not measured yet');
	});

	test('fine-tuning ahead on small sets, the gap closing on large ones', () => {
		const rows = summarise(
			[2, 10, 50, 200],
			2,
			runs([
				[2, 0.66, 0.61],
				[10, 0.87, 0.84],
				[50, 0.92, 0.91],
				[200, 0.93, 0.935]
			])
		);
		expect(notice(rows)).toBe(
			'With 2 digits per class the fine-tuned network is ahead by 5 points; with 200 it is level with it (−0.5 points). ' +
				'Its lead is widest at 2 per class (5 points). ' +
				'The two are within 2 points of each other at 50 and 200 digits per class.'
		);
	});

	test('a network that never leads, never level', () => {
		const rows = summarise(
			[2, 5],
			2,
			runs([
				[2, 0.5, 0.6],
				[5, 0.6, 0.7]
			])
		);
		expect(notice(rows)).toBe(
			'With 2 digits per class the fine-tuned network is behind by 10 points; with 5 it is behind by 10 points. ' +
				'It never leads. At no size are the two within 2 points of each other.'
		);
	});

	test('nothing to notice while one size is missing', () => {
		const rows = summarise([2, 5], 2, runs([[2, 0.66, 0.61]]));
		expect(notice(rows)).toBeNull();
	});
});

describe('in French', () => {
	afterEach(() => overwriteGetLocale(() => baseLocale));
	test('points with a decimal comma, singular below 2, and the row in French', () => {
		overwriteGetLocale(() => 'fr');
		expect(standing({ perClass: 2, fine: 0.9, scratch: 0.885 })).toBe(
			'à égalité avec lui (+1,5 point)'
		);
		expect(standing({ perClass: 2, fine: 0.66, scratch: 0.61 })).toBe('en avance de 5 points');
		expect(rowWords({ perClass: 5, fine: 0.5, scratch: null })).toBe(
			'5 par classe\u00a0: ajusté 50,0\u00a0%, depuis zéro pas encore mesuré'
		);
	});
});
