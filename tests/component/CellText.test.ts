// Issue 16, bug 5: the numbers written on grid cells ran into each other ("−0.23−0.45" in lesson 08's
// 10 × 18 weight grid) and the selection outline covered the last digit ("−0.0" for −0.03). Every
// value must sit inside its own cell, clear of the outline, at the widths of a desktop and a phone.
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { colour } from '$lib/charts/colour';
import PixelGrid from '$lib/charts/PixelGrid.svelte';
import ValueGrid from '$lib/charts/ValueGrid.svelte';
import { fixed } from '$lib/figure/format';
// The page's fonts and colours, so the text is measured as the reader sees it.
import '../../src/app.css';

const ROWS = 10;
const COLUMNS = 18;
/** Weights as lesson 08 draws them (two decimals, many negative), with −0.03 where the cell is selected. */
const weights = Array.from({ length: ROWS * COLUMNS }, (_, i) =>
	i === 3 * COLUMNS + 4 ? -0.03 : Math.round(Math.sin(i * 12.9898) * 50) / 100
);
const CELL = 10;
/** The selection outline is drawn from 0.5 - 0.7 to 0.5 + 0.7 units inside each side of the cell. */
const OUTLINE = 1.2;

/** Each value's box, in the grid's units, against the inner area of its cell. */
function outside(texts: SVGTextElement[], columns: number, origin = 0) {
	return texts.flatMap((text, i) => {
		const box = text.getBBox();
		const left = origin + (i % columns) * CELL + OUTLINE;
		const right = origin + ((i % columns) + 1) * CELL - OUTLINE;
		return box.x >= left - 0.01 && box.x + box.width <= right + 0.01
			? []
			: [
					`${text.textContent} in column ${i % columns}: ${box.x.toFixed(2)} to ${(box.x + box.width).toFixed(2)}`
				];
	});
}

describe.each([
	['desktop', 616],
	['phone', 544]
])('numbers on a 10 × 18 grid, %s width %i px', (_, width) => {
	test('PixelGrid: every value inside its cell and clear of the selection outline', async () => {
		const screen = await render(PixelGrid, {
			rows: ROWS,
			columns: COLUMNS,
			fill: () => colour(240, 240, 240),
			text: (row: number, column: number) => [fixed(weights[row * COLUMNS + column])],
			showText: true,
			selected: { row: 3, column: 4 },
			maxWidth: width,
			minWidth: width,
			name: 'Weights'
		});
		const texts = [...screen.container.querySelectorAll<SVGTextElement>('text')];
		expect(texts).toHaveLength(ROWS * COLUMNS);
		expect(texts[3 * COLUMNS + 4].textContent).toBe('−0.03');
		expect(outside(texts, COLUMNS)).toEqual([]);
	});

	test('ValueGrid: every value inside its cell and clear of the selection outline', async () => {
		const screen = await render(ValueGrid, {
			caption: 'Weights',
			name: 'Weights',
			rows: ROWS,
			columns: COLUMNS,
			values: weights,
			selected: { row: 3, column: 4 },
			onselect: () => {},
			cell: width / COLUMNS
		});
		const texts = [...screen.container.querySelectorAll<SVGTextElement>('text')];
		expect(texts).toHaveLength(ROWS * COLUMNS);
		expect(outside(texts, COLUMNS)).toEqual([]);
	});
});
