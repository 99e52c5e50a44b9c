/**
 * Lesson 5's "strong against weak" figure: one row of a real feature map before and after ReLU. The
 * map is the engine's convolution (featureMaps.ts) and the rectified row is the engine's ReLU; this
 * module reads them and sorts the row's values into what the figure names: the strong responses (at
 * least half the row's largest value), the weak positive ones, and the negative ones ReLU silences.
 */
import { relu } from '../activation';
import { ShapeError } from '../shape';
import { tensor, type Tensor } from '../tensor';

export interface RowResponses {
	/** The row as the convolution left it, and after ReLU. */
	before: Float32Array;
	after: Float32Array;
	/** The row's largest value, and the level a strong response reaches (half of it). */
	largest: number;
	strongLevel: number;
	/** Columns (from 0) of the strong responses, which ReLU keeps exactly. */
	strong: number[];
	/** Positive values below the strong level, and negative values (set to 0 by ReLU). */
	weak: number;
	negative: number;
	/** The most negative value of the row before ReLU. */
	lowest: number;
}

/**
 * Row `row` (from 0) of a one-channel map [1, 1, H, W], before and after ReLU.
 * `rowResponses(edgeFeatureMap(photo, 'vertical'), 29)`
 */
export function rowResponses(map: Tensor, row: number): RowResponses {
	const [, , height, width] = map.shape;
	if (!Number.isInteger(row) || row < 0 || row >= height) {
		throw new ShapeError(`row ${row + 1} is not in the map: use a row from 1 to ${height}`);
	}
	const before = map.data.slice(row * width, (row + 1) * width);
	const after = relu(tensor(before, [width])).data;
	let largest = -Infinity;
	let lowest = Infinity;
	for (const value of before) {
		largest = Math.max(largest, value);
		lowest = Math.min(lowest, value);
	}
	const strongLevel = largest > 0 ? largest / 2 : Infinity;
	const strong: number[] = [];
	let weak = 0;
	let negative = 0;
	before.forEach((value, column) => {
		if (value >= strongLevel) strong.push(column);
		else if (value > 0) weak++;
		else if (value < 0) negative++;
	});
	return { before, after, largest, strongLevel, strong, weak, negative, lowest };
}
