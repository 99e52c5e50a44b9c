import { describe, expect, test } from 'vitest';
import { cellAt, moveByKey } from '$lib/charts/grid';

describe('moveByKey on a 3 × 4 grid', () => {
	const move = (key: string, row: number, column: number, mods = {}) =>
		moveByKey({ key, ...mods }, { row, column }, 3, 4);

	test.each([
		['ArrowRight', 1, 1, {}, { row: 1, column: 2 }],
		['ArrowLeft', 1, 0, {}, { row: 1, column: 0 }],
		['ArrowUp', 0, 2, {}, { row: 0, column: 2 }],
		['ArrowDown', 1, 2, { shiftKey: true }, { row: 2, column: 2 }],
		['Home', 2, 3, {}, { row: 2, column: 0 }],
		['Home', 2, 3, { ctrlKey: true }, { row: 0, column: 0 }],
		['End', 1, 0, {}, { row: 1, column: 3 }],
		['End', 0, 0, { ctrlKey: true }, { row: 2, column: 3 }],
		['PageUp', 2, 1, {}, { row: 0, column: 1 }],
		['PageDown', 0, 1, {}, { row: 2, column: 1 }]
	])('%s from (%i, %i) %o', (key, row, column, mods, expected) => {
		expect(move(key, row, column, mods)).toEqual(expected);
	});

	test('keys a grid does not use are left to the page', () => {
		expect(move('Enter', 0, 0)).toBeNull();
		expect(move(' ', 0, 0)).toBeNull();
	});
});

describe('cellAt', () => {
	const box = { left: 100, top: 50, width: 400, height: 300 };
	test('maps a point to its cell, and a point outside to nothing', () => {
		expect(cellAt(box, 101, 51, 3, 4)).toEqual({ row: 0, column: 0 });
		expect(cellAt(box, 499, 349, 3, 4)).toEqual({ row: 2, column: 3 });
		expect(cellAt(box, 350, 200, 3, 4)).toEqual({ row: 1, column: 2 });
		expect(cellAt(box, 99, 200, 3, 4)).toBeNull();
		expect(cellAt({ ...box, width: 0 }, 100, 50, 3, 4)).toBeNull();
	});
	test('a blank border of half a cell is outside every cell', () => {
		// 4 columns + 2 × 0.5 margin = 5 units of 80 px: the first 40 px are border.
		expect(cellAt(box, 130, 200, 3, 4, 0.5)).toBeNull();
		expect(cellAt(box, 150, 200, 3, 4, 0.5)).toEqual({ row: 1, column: 0 });
	});
});
