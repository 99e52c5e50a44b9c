/**
 * A selected cell kept in a figure's settings. Settings, links and sentences count rows and columns
 * from 1, as the figure does; grids count from 0. These two functions are the only place the two
 * meet, so that no figure adds or takes away the 1 by hand.
 */
import type { Cell } from '$lib/charts/grid';

/** Row and column as the settings hold them, from 1. */
export interface CellSetting {
	row: number;
	column: number;
}

/**
 * The grid cell (from 0) that row and column settings (from 1) name. One beyond a grid of `rows` ×
 * `columns` reads as its last (a link's row 44 on a smaller picture).
 * `settingCell({ row: 1, column: 3 })` is `{ row: 0, column: 2 }`.
 */
export function settingCell(setting: CellSetting, rows = Infinity, columns = rows): Cell {
	return { row: Math.min(setting.row, rows) - 1, column: Math.min(setting.column, columns) - 1 };
}

/** The settings (from 1) of a grid cell (from 0), for `settings.set` or a sentence's numbers. */
export function cellSetting(cell: Cell): CellSetting {
	return { row: cell.row + 1, column: cell.column + 1 };
}
