/**
 * Feature maps for the figures of lessons 5 and 6: a few classic 3x3 edge filters, the feature map one of
 * them makes from an image (a convolution of the engine, without padding), and what ReLU
 * does to such a map. Everything here is arithmetic done by the engine's ops; this file only names it.
 */

import { relu } from '../activation';
import { conv2d } from '../conv';
import { createRandom } from '../random';
import { ShapeError } from '../shape';
import { tensor, type Tensor } from '../tensor';

export type EdgeFilterName = 'vertical' | 'horizontal' | 'diagonal' | 'laplacian';

/** A named 3x3 filter, with the words a figure uses for it. */
export interface EdgeFilter {
	name: EdgeFilterName;
	label: string;
	/** What it responds to, for the figure's sentence. */
	finds: string;
	/** 9 weights, row by row. */
	weights: readonly number[];
}

/** The filters the figures offer, Sobel's two edge detectors first. */
export const EDGE_FILTERS: readonly EdgeFilter[] = [
	{
		name: 'vertical',
		label: 'Vertical edges (Sobel)',
		finds: 'vertical edges, positive where the image gets brighter to the right',
		weights: [-1, 0, 1, -2, 0, 2, -1, 0, 1]
	},
	{
		name: 'horizontal',
		label: 'Horizontal edges (Sobel)',
		finds: 'horizontal edges, positive where the image gets brighter downwards',
		weights: [-1, -2, -1, 0, 0, 0, 1, 2, 1]
	},
	{
		name: 'diagonal',
		label: 'Diagonal edges',
		finds: 'diagonal edges, positive where the image gets brighter towards the bottom right',
		weights: [-2, -1, 0, -1, 0, 1, 0, 1, 2]
	},
	{
		name: 'laplacian',
		label: 'Laplacian',
		finds: 'fine details, positive on a dark spot or line and negative beside it',
		weights: [0, 1, 0, 1, -4, 1, 0, 1, 0]
	}
];

/** The filter called `name`; throws a ShapeError listing the names otherwise. `edgeFilter('vertical')` */
export function edgeFilter(name: string): EdgeFilter {
	const filter = EDGE_FILTERS.find((f) => f.name === name);
	if (!filter) {
		throw new ShapeError(
			`filter '${name}' is unknown: use one of ${EDGE_FILTERS.map((f) => `'${f.name}'`).join(', ')}`
		);
	}
	return filter;
}

/**
 * The feature map of one filter over a one-channel image [1, 1, H, W]: conv2d without padding, so it
 * is (H - 2) x (W - 2) and no zero border invents edges around a bright photo. Value (y, x) of the map
 * is centred on pixel (y + 1, x + 1). `edgeFeatureMap(photo, 'vertical')`
 */
export function edgeFeatureMap(image: Tensor, name: EdgeFilterName): Tensor {
	const filter = edgeFilter(name);
	return conv2d(image, tensor(filter.weights, [1, 1, 3, 3]), null);
}

/** What ReLU did to a tensor: the output and how many values it set to zero. */
export interface ReluEffect {
	output: Tensor;
	/** Values below zero, which ReLU turned into 0. */
	zeroed: number;
	/** Values that were exactly 0 already. */
	alreadyZero: number;
	total: number;
}

/**
 * ReLU of a tensor, with a count of what it changed.
 * `reluEffect(tensor([-1, 0, 2], [3])).zeroed === 1`
 */
export function reluEffect(input: Tensor): ReluEffect {
	const output = relu(input);
	let zeroed = 0;
	let alreadyZero = 0;
	for (const value of input.data) {
		if (value < 0) zeroed++;
		else if (value === 0) alreadyZero++;
	}
	return { output, zeroed, alreadyZero, total: input.data.length };
}

/**
 * A small matrix of whole numbers from `low` to `high` (default -range to +range), the same for the same
 * seed (the figures' "new numbers" button). `integerMatrix(6, 6, 9, 1)`, `integerMatrix(5, 5, 9, 2, 0)`
 */
export function integerMatrix(
	rows: number,
	columns: number,
	range: number,
	seed: number,
	low = -range
): Tensor {
	if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 1 || columns < 1) {
		throw new ShapeError(`a ${rows} x ${columns} matrix is not possible: use whole sizes >= 1`);
	}
	if (!Number.isInteger(low) || !Number.isInteger(range) || low > range) {
		throw new ShapeError(`values from ${low} to ${range} are not possible: use whole low <= high`);
	}
	const rng = createRandom(seed);
	const values = Array.from({ length: rows * columns }, () => low + rng.int(range - low + 1));
	return tensor(values, [1, 1, rows, columns]);
}
