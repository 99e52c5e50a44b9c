/** Words and sums for the pooling figures: how a window's result is written out. Drawing only. */
import { listed } from '$lib/figure/shapeWords';
import { m } from '$lib/paraglide/messages';
import type { PoolMode, PoolTraceWindow } from '$lib/engine/pool';
import { trimmed } from '$lib/figure/format';

/** A pooling's name for the reader: "Max pooling". */
export const modeLabel = (mode: PoolMode): string =>
	({ max: m.pooling_mode_max, mean: m.pooling_mode_mean, sum: m.pooling_mode_sum })[mode]();

/** A pooling as its drop-down offers it: "max", "mean", "sum". */
export const modeChoice = (mode: PoolMode): string =>
	({ max: m.pooling_choice_max, mean: m.pooling_choice_mean, sum: m.pooling_choice_sum })[mode]();

/** "max(3, 7, 1, 4) = 7", "(3 + 7 + 1 + 4) / 4 = 3.75", "3 + 7 + 1 + 4 = 15" */
export function windowSum(mode: PoolMode, window: PoolTraceWindow): string {
	const values = window.cells.map((cell) => trimmed(cell.value));
	const result = trimmed(window.result);
	if (mode === 'max') return `max(${values.join(', ')}) = ${result}`;
	if (mode === 'sum') return `${values.join(' + ')} = ${result}`;
	return `(${values.join(' + ')}) / ${values.length} = ${result}`;
}

/** "rows 1 to 2, columns 5 to 6" (1-based), or "row 3, column 5" for a single cell. */
export function windowPlace(window: PoolTraceWindow): string {
	const ys = window.cells.map((c) => c.inputY + 1);
	const xs = window.cells.map((c) => c.inputX + 1);
	const low = (values: number[]) => Math.min(...values);
	const high = (values: number[]) => Math.max(...values);
	return m.pooling_place({
		rows:
			low(ys) === high(ys)
				? m.pooling_row({ index: low(ys) })
				: m.pooling_rows({ from: low(ys), to: high(ys) }),
		columns:
			low(xs) === high(xs)
				? m.pooling_column({ index: low(xs) })
				: m.pooling_columns({ from: low(xs), to: high(xs) })
	});
}

/** The input cells that no window reads, as "row r, column c" keys (0-based) in a Set of "r,c". */
export function unreadCells(
	rows: number,
	columns: number,
	windows: PoolTraceWindow[]
): Set<string> {
	const read = new Set<string>();
	for (const w of windows) for (const c of w.cells) read.add(`${c.inputY},${c.inputX}`);
	const unread = new Set<string>();
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < columns; c++) if (!read.has(`${r},${c}`)) unread.add(`${r},${c}`);
	}
	return unread;
}

/** "row 5 and column 5", "rows 4 and 5", listing the whole rows and columns left out; "" if none. */
export function unreadLines(rows: number, columns: number, unread: Set<string>): string {
	const fullRows: number[] = [];
	const fullColumns: number[] = [];
	for (let r = 0; r < rows; r++) {
		let all = true;
		for (let c = 0; c < columns; c++) all &&= unread.has(`${r},${c}`);
		if (all) fullRows.push(r + 1);
	}
	for (let c = 0; c < columns; c++) {
		let all = true;
		for (let r = 0; r < rows; r++) all &&= unread.has(`${r},${c}`);
		if (all) fullColumns.push(c + 1);
	}
	const lines = (items: number[], one: typeof m.pooling_row, many: typeof m.pooling_row_list) =>
		items.length === 0
			? ''
			: items.length === 1
				? one({ index: items[0] })
				: many({ list: listed(items.map(String)) });
	return listed(
		[
			lines(fullRows, m.pooling_row, m.pooling_row_list),
			lines(fullColumns, m.pooling_column, m.pooling_column_list)
		].filter(Boolean)
	);
}
