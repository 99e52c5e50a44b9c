/**
 * How the reader moves around a grid of cells, as plain functions: which cell is under the pointer,
 * where a key goes. `GridFrame.svelte` wires them to the page for every grid mark (PixelGrid, ValueGrid,
 * FeatureMapCanvas), so all of them answer the same keys in the same way.
 */

/** A cell of a grid, counted from 0. */
export interface Cell {
	row: number;
	column: number;
}

/**
 * What every grid mark hands on to GridFrame as it is given: its size, accessible name and selection.
 * A mark's props extend it and pass the rest on: `let { fill, ...grid }: Props = $props();`.
 */
export interface GridProps {
	rows: number;
	columns: number;
	/** Accessible name: what the grid shows, for example "The robot, 16 by 16 pixels". */
	name: string;
	/** The selected cell, shared by the widget (for example across linked grids). */
	selected?: Cell | null;
	onselect?: (cell: Cell) => void;
	/** Whether the grid takes focus, keys and the pointer (a grid shown for comparison need not). */
	interactive?: boolean;
}

/**
 * Where a cell is drawn in a grid of `size`-unit cells, `inset` units in from each side (room for an
 * outline's stroke): `<rect class="selected" {...cellBox(selected, 10, 0.5)} />`.
 */
export function cellBox(cell: Cell, size: number, inset = 0) {
	const side = size - 2 * inset;
	return { x: cell.column * size + inset, y: cell.row * size + inset, width: side, height: side };
}

/** How far Shift + an arrow key jumps: on a 120-wide photo, one cell at a time is a long walk. */
export const BIG_STEP = 8;

/** The cell nearest to (row, column) inside a rows × columns grid. */
export function clampCell(row: number, column: number, rows: number, columns: number): Cell {
	return {
		row: Math.max(0, Math.min(rows - 1, row)),
		column: Math.max(0, Math.min(columns - 1, column))
	};
}

/**
 * The cell under a point (client coordinates) of a grid drawn in `box`, or null outside it.
 * `margin` is the blank border around the cells, in cells (a frame drawn with room for its outlines).
 * Example: `cellAt(box, event.clientX, event.clientY, 3, 4)`.
 */
export function cellAt(
	box: { left: number; top: number; width: number; height: number },
	x: number,
	y: number,
	rows: number,
	columns: number,
	margin = 0
): Cell | null {
	if (box.width === 0 || box.height === 0) return null;
	const column = Math.floor(((x - box.left) / box.width) * (columns + 2 * margin) - margin);
	const row = Math.floor(((y - box.top) / box.height) * (rows + 2 * margin) - margin);
	if (row < 0 || row >= rows || column < 0 || column >= columns) return null;
	return { row, column };
}

/** The keys a grid answers, for the keys a page-wide handler must leave alone. */
export interface GridKey {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
}

/**
 * Where a key moves the selection from `current`, or null when the grid does not use that key.
 * Arrows move one cell (Shift: `BIG_STEP` cells), Home and End go to the start and end of the row
 * (with Ctrl: the first and last cell), Page Up and Page Down to the top and bottom of the column.
 * Example: `moveByKey({ key: 'ArrowRight' }, { row: 0, column: 0 }, 3, 4)` gives row 0, column 1.
 */
export function moveByKey(
	event: GridKey,
	current: Cell,
	rows: number,
	columns: number
): Cell | null {
	const step = event.shiftKey ? BIG_STEP : 1;
	const { row, column } = current;
	let next: [number, number];
	switch (event.key) {
		case 'ArrowUp':
			next = [row - step, column];
			break;
		case 'ArrowDown':
			next = [row + step, column];
			break;
		case 'ArrowLeft':
			next = [row, column - step];
			break;
		case 'ArrowRight':
			next = [row, column + step];
			break;
		case 'Home':
			next = [event.ctrlKey ? 0 : row, 0];
			break;
		case 'End':
			next = [event.ctrlKey ? rows - 1 : row, columns - 1];
			break;
		case 'PageUp':
			next = [0, column];
			break;
		case 'PageDown':
			next = [rows - 1, column];
			break;
		default:
			return null;
	}
	return clampCell(next[0], next[1], rows, columns);
}
