/**
 * Flattening: feature maps [N, C, H, W] laid end to end into vectors [N, C·H·W]. The order is a
 * convention: 'row' reads each channel row by row, channels one after another (NCHW memory order);
 * 'column' reads each channel column by column; a permutation is any fixed order. The network does
 * not care which, as long as it is always the same.
 */

import { createRandom } from './random';
import { expectShape, ShapeError } from './shape';
import { shapeString, type Shape, type Tensor } from './tensor';

/** How feature maps are read into a vector. */
export type FlattenOrder = 'row' | 'column' | { permutation: Int32Array };

function featureShape(shape: Shape): [number, number, number] {
	if (shape.length === 4) return [shape[1], shape[2], shape[3]];
	if (shape.length === 3) return [shape[0], shape[1], shape[2]];
	if (shape.length === 2) return [shape[1], 1, 1];
	throw new ShapeError(
		`shape ${shapeString(shape)} cannot be flattened: give [batch, channels, height, width] (or [channels, height, width])`
	);
}

/**
 * The source of each vector entry: entry j of the flattened vector is input value
 * order[j] = c·H·W + y·W + x of one example (so the animation can move each cell to its place).
 * `flattenOrder([1, 2, 2, 2], 'column')` is [0, 2, 1, 3, 4, 6, 5, 7]
 */
export function flattenOrder(shape: Shape, order: FlattenOrder): Int32Array {
	const [channels, height, width] = featureShape(shape);
	const length = channels * height * width;
	const source = new Int32Array(length);
	if (order === 'row') {
		for (let j = 0; j < length; j++) source[j] = j;
	} else if (order === 'column') {
		let j = 0;
		for (let c = 0; c < channels; c++) {
			for (let x = 0; x < width; x++) {
				for (let y = 0; y < height; y++) source[j++] = (c * height + y) * width + x;
			}
		}
	} else if (
		typeof order === 'object' &&
		order !== null &&
		order.permutation instanceof Int32Array
	) {
		const { permutation } = order;
		if (permutation.length !== length) {
			throw new ShapeError(
				`the permutation has ${permutation.length} entries but ${shapeString(shape)} flattens to ${length}: give a permutation of 0..${length - 1}`
			);
		}
		const seen = new Uint8Array(length);
		for (const p of permutation) {
			if (p < 0 || p >= length || seen[p]) {
				throw new ShapeError(
					`the permutation ${p < 0 || p >= length ? `holds ${p}, outside 0..${length - 1}` : `repeats ${p}`}: each of 0..${length - 1} must appear exactly once (see shufflePermutation)`
				);
			}
			seen[p] = 1;
		}
		source.set(permutation);
	} else {
		throw new ShapeError(
			`order ${JSON.stringify(order)} is unknown: use 'row', 'column' or { permutation }`
		);
	}
	return source;
}

/**
 * Flattens [N, C, H, W] into [N, C·H·W] in the given order.
 * `flatten(featureMaps, 'row')`
 */
export function flatten(input: Tensor, order: FlattenOrder = 'row'): Tensor {
	if (input.shape.length !== 4 && input.shape.length !== 2) {
		throw new ShapeError(
			`input has shape ${shapeString(input.shape)} but flatten needs [batch, channels, height, width]: add the batch axis (reshape to [1, ...])`
		);
	}
	const source = flattenOrder(input.shape, order);
	const batch = input.shape[0];
	const length = source.length;
	const out = new Float32Array(batch * length);
	for (let n = 0; n < batch; n++) {
		for (let j = 0; j < length; j++) out[n * length + j] = input.data[n * length + source[j]];
	}
	return { shape: [batch, length], data: out };
}

/**
 * The inverse of flatten (its backward pass): vectors [N, C·H·W] back into [N, C, H, W].
 * `unflatten(gradVector, [1, 16, 5, 5], 'row')`
 */
export function unflatten(vector: Tensor, shape: Shape, order: FlattenOrder = 'row'): Tensor {
	const source = flattenOrder(shape, order);
	const batch = shape.length === 3 ? 1 : shape[0];
	expectShape('vector', vector.shape, [batch, source.length]);
	const out = new Float32Array(batch * source.length);
	const length = source.length;
	for (let n = 0; n < batch; n++) {
		for (let j = 0; j < length; j++) out[n * length + source[j]] = vector.data[n * length + j];
	}
	return { shape: [...shape], data: out };
}

/**
 * A fixed random order of `length` entries, the same for the same seed.
 * `flatten(x, { permutation: shufflePermutation(400, 7) })`
 */
export function shufflePermutation(length: number, seed: number): Int32Array {
	if (!Number.isInteger(length) || length < 0) {
		throw new ShapeError(`length ${length} is not possible: use a whole number >= 0`);
	}
	const indices = Array.from({ length }, (_, i) => i);
	return Int32Array.from(createRandom(seed).shuffle(indices));
}
