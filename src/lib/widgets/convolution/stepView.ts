/**
 * What the sliding-window view draws on each cell of the (padded) input, read from the engine's
 * trace geometry and input tensor: the value, or why the cell has none. Nothing here convolves.
 */
import { colour, type Colour } from '$lib/charts/colour';
import type { ConvGeometry } from '$lib/engine/convGeometry';
import type { Tensor } from '$lib/engine/tensor';

/** What a cell of the padded input is: a border zero, an inserted zero, a cell never read, or a value. */
export type StepCellKind = 'padding' | 'inserted' | 'uncovered' | 'value';

/** The colours of the cells that hold no value of the input; the grid and its legend both read them. */
export const STEP_FILLS: Record<Exclude<StepCellKind, 'value'>, Colour> = {
	padding: colour(214, 214, 214),
	inserted: colour(190, 190, 190),
	uncovered: colour(253, 186, 116)
};

/** The input seen through a convolution's padding, for one channel. */
export class PaddedView {
	constructor(
		readonly input: Tensor,
		readonly geometry: ConvGeometry,
		readonly channel = 0
	) {}

	get rows(): number {
		return this.geometry.height + 2 * this.geometry.padding;
	}

	get columns(): number {
		return this.geometry.width + 2 * this.geometry.padding;
	}

	/** The input value under padded cell (row, column), or null on the padding. */
	value(row: number, column: number): number | null {
		const { height, width, padding } = this.geometry;
		const y = row - padding;
		const x = column - padding;
		if (y < 0 || y >= height || x < 0 || x >= width) return null;
		return this.input.data[(this.channel * height + y) * width + x];
	}

	/**
	 * What the cell is. `uncovered` lists input rows and columns (unpadded) no window reads;
	 * `inserted` says which input cells are zeros a transposed convolution added.
	 * `new PaddedView(input, trace.geometry).kind(0, 0, [], undefined)` is 'padding' when padding > 0.
	 */
	kind(
		row: number,
		column: number,
		uncovered: readonly number[],
		inserted?: (row: number, column: number) => boolean
	): StepCellKind {
		if (this.value(row, column) === null) return 'padding';
		const y = row - this.geometry.padding;
		const x = column - this.geometry.padding;
		if (inserted?.(y, x)) return 'inserted';
		if (uncovered.includes(y) || uncovered.includes(x)) return 'uncovered';
		return 'value';
	}
}

/** Width of a grid of `columns` cells in the step view: 44 px a cell, at most 360. */
export function stepGridWidth(columns: number): number {
	return Math.min(360, columns * 44);
}
