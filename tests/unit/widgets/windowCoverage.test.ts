import { describe, expect, test } from 'vitest';
import { ShapeError } from '../../../src/lib/engine/shapeError';
import {
	countAt,
	coverageFill,
	windowCells,
	windowCoverage
} from '../../../src/lib/widgets/padding/windowCoverage';

describe('windowCoverage (the "same" padding figure)', () => {
	test('input=5 k=3 p=1: output 5, padded 7, corner read by 4 windows, centre by 9', () => {
		const coverage = windowCoverage(5, 3, 1);
		expect([coverage.output, coverage.padded]).toEqual([5, 7]);
		expect(countAt(coverage, 1, 1)).toBe(4);
		expect(countAt(coverage, 3, 3)).toBe(9);
		expect(countAt(coverage, 0, 3)).toBeNull();
		expect(countAt(coverage, 6, 6)).toBeNull();
	});
	test('input=5 k=3 p=0: output 3, the corner read once', () => {
		const coverage = windowCoverage(5, 3, 0);
		expect(coverage.output).toBe(3);
		expect(countAt(coverage, 0, 0)).toBe(1);
		expect(countAt(coverage, 2, 2)).toBe(9);
	});
	test('input=2 k=5 p=0: the engine refuses', () => {
		expect(() => windowCoverage(2, 5, 0)).toThrow(ShapeError);
	});
	test('the window at step 4 of a 3-wide output stands at row 2, column 2 (1-based)', () => {
		const cells = windowCells(windowCoverage(5, 3, 0), 3, 4);
		expect(cells).toHaveLength(9);
		expect(cells[0]).toEqual({ row: 1, column: 1 });
		expect(cells[8]).toEqual({ row: 3, column: 3 });
	});
	test('more windows, deeper colour; the padding faint grey', () => {
		expect(coverageFill(null, 9)).toEqual({ r: 128, g: 128, b: 128, opacity: 0.18 });
		expect(coverageFill(9, 9)).toEqual({ r: 30, g: 125, b: 150, opacity: 1 });
		expect(coverageFill(0, 9)).toEqual({ r: 230, g: 245, b: 240, opacity: 1 });
	});
});
