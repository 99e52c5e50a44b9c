/** Words and sums for the pooling figures: how a window's result is written out. Drawing only. */
import type { PoolMode, PoolTraceWindow } from '$lib/engine/pool';
import { trimmed } from '$lib/figure/format';

export const MODE_LABELS: Record<PoolMode, string> = {
	max: 'Max pooling',
	mean: 'Mean pooling',
	sum: 'Sum pooling'
};

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
	const span = (values: number[], one: string, many: string) => {
		const low = Math.min(...values);
		const high = Math.max(...values);
		return low === high ? `${one} ${low}` : `${many} ${low} to ${high}`;
	};
	return `${span(ys, 'row', 'rows')}, ${span(xs, 'column', 'columns')}`;
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

/** "row 5 and column 5", "rows 4 and 5", listing the whole rows and columns left out. */
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
	const list = (items: number[], one: string, many: string) =>
		items.length === 0
			? ''
			: items.length === 1
				? `${one} ${items[0]}`
				: `${many} ${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
	return [list(fullRows, 'row', 'rows'), list(fullColumns, 'column', 'columns')]
		.filter(Boolean)
		.join(' and ');
}
