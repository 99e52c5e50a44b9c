/**
 * Pooling: max, mean or sum over square windows of each channel. A window that falls off the
 * bottom/right edge is either dropped ('drop') or clipped to the cells that remain ('partial').
 * Max pooling keeps the flat input index of each window's winner: backward routes the gradient
 * there, and the animation highlights it.
 */

import { expectRank, expectShape, poolOutputSize, ShapeError } from './shape';
import { zeros, type Tensor } from './tensor';

export type PoolMode = 'max' | 'mean' | 'sum';

/** Pooling settings; window and stride are the same along height and width. */
export interface PoolOptions {
	mode: PoolMode;
	window: number;
	/** Default: the window size. */
	stride?: number;
	/** Default 'drop'. */
	edge?: 'drop' | 'partial';
}

/** Shapes and settings of one pooling, after validation. */
export interface PoolGeometry {
	batch: number;
	channels: number;
	height: number;
	width: number;
	outHeight: number;
	outWidth: number;
	mode: PoolMode;
	window: number;
	stride: number;
	edge: 'drop' | 'partial';
}

/**
 * Checks a pooling configuration and returns its geometry; throws a ShapeError saying what to change.
 * `poolGeometry([1, 1, 5, 5], { mode: 'max', window: 2, edge: 'partial' }).outHeight === 3`
 */
export function poolGeometry(inputShape: readonly number[], options: PoolOptions): PoolGeometry {
	const { mode, window, stride = window, edge = 'drop' } = options;
	expectRank('input', inputShape, 4, '[batch, channels, height, width]');
	if (mode !== 'max' && mode !== 'mean' && mode !== 'sum') {
		throw new ShapeError(`pooling mode '${String(mode)}' is unknown: use 'max', 'mean' or 'sum'`);
	}
	const [batch, channels, height, width] = inputShape;
	const outHeight = poolOutputSize({ input: height, window, stride, edge });
	const outWidth = poolOutputSize({ input: width, window, stride, edge });
	return { batch, channels, height, width, outHeight, outWidth, mode, window, stride, edge };
}

/** Result of a pooling. */
export interface PoolResult {
	output: Tensor;
	/** Flat input index of each output's maximum (first one on ties); -1 for mean and sum. */
	winners: Int32Array;
}

/**
 * Max, mean or sum pooling of an NCHW input.
 * `const { output, winners } = pool2d(featureMap, { mode: 'max', window: 2 })`
 */
export function pool2d(input: Tensor, options: PoolOptions): PoolResult {
	return poolCore(input, poolGeometry(input.shape, options), null);
}

/**
 * Backward pass of pool2d: max sends each gradient to its window's winner only, mean divides it by
 * the number of cells actually in the window, sum copies it to every cell.
 * `const gradInput = pool2dBackward(x, gradOutput, options, pool2d(x, options).winners)`
 */
export function pool2dBackward(
	input: Tensor,
	gradOutput: Tensor,
	options: PoolOptions,
	winners?: Int32Array
): Tensor {
	const g = poolGeometry(input.shape, options);
	expectShape('gradOutput', gradOutput.shape, [g.batch, g.channels, g.outHeight, g.outWidth]);
	const gradInput = new Float64Array(input.data.length);
	if (g.mode === 'max') {
		const routes = winners ?? pool2d(input, options).winners;
		if (routes.length !== gradOutput.data.length) {
			throw new ShapeError(
				`winners has ${routes.length} entries but the pooling has ${gradOutput.data.length} outputs: pass the winners of pool2d on this same input`
			);
		}
		for (let i = 0; i < routes.length; i++) gradInput[routes[i]] += gradOutput.data[i];
	} else {
		let outIndex = 0;
		for (let plane = 0; plane < g.batch * g.channels; plane++) {
			for (let outY = 0; outY < g.outHeight; outY++) {
				for (let outX = 0; outX < g.outWidth; outX++) {
					const { y0, y1, x0, x1, count } = windowBounds(g, outY, outX);
					const share =
						g.mode === 'mean' ? gradOutput.data[outIndex] / count : gradOutput.data[outIndex];
					outIndex++;
					for (let y = y0; y < y1; y++) {
						for (let x = x0; x < x1; x++) gradInput[(plane * g.height + y) * g.width + x] += share;
					}
				}
			}
		}
	}
	return { shape: [...input.shape], data: Float32Array.from(gradInput) };
}

/** One cell of a pooling window. */
export interface PoolTraceCell {
	inputY: number;
	inputX: number;
	value: number;
}

/** One pooling window: its cells, its result and, for max, its winner. */
export interface PoolTraceWindow {
	n: number;
	channel: number;
	outY: number;
	outX: number;
	cells: PoolTraceCell[];
	/** The value stored in the output tensor (float32). */
	result: number;
	/** Position of the maximum (max pooling only). */
	winner: { inputY: number; inputX: number } | null;
	/** True when the window was cut by the bottom or right edge ('partial' only). */
	clipped: boolean;
}

/** Every window of a pooling, in output order (n, channel, outY, outX). */
export interface PoolTrace {
	geometry: PoolGeometry;
	windows: PoolTraceWindow[];
}

/**
 * pool2d that also lists every window; its output and winners equal pool2d's exactly.
 * `pool2dTraced(x, { mode: 'max', window: 2, edge: 'partial' }).trace.windows[0].winner`
 */
export function pool2dTraced(
	input: Tensor,
	options: PoolOptions
): PoolResult & { trace: PoolTrace } {
	const geometry = poolGeometry(input.shape, options);
	const windows: PoolTraceWindow[] = [];
	return { ...poolCore(input, geometry, windows), trace: { geometry, windows } };
}

/**
 * The rows y0 <= y < y1 and columns x0 <= x < x1 that window (outY, outX) covers, cut at the bottom and
 * right edges (a 'partial' last window), and how many cells that is.
 */
function windowBounds(g: PoolGeometry, outY: number, outX: number) {
	const y0 = outY * g.stride;
	const y1 = Math.min(y0 + g.window, g.height);
	const x0 = outX * g.stride;
	const x1 = Math.min(x0 + g.window, g.width);
	return { y0, y1, x0, x1, count: (y1 - y0) * (x1 - x0) };
}

function poolCore(input: Tensor, g: PoolGeometry, windows: PoolTraceWindow[] | null): PoolResult {
	const output = zeros([g.batch, g.channels, g.outHeight, g.outWidth]);
	const winners = new Int32Array(output.data.length).fill(-1);
	let outIndex = 0;
	for (let n = 0; n < g.batch; n++) {
		for (let channel = 0; channel < g.channels; channel++) {
			const plane = (n * g.channels + channel) * g.height;
			for (let outY = 0; outY < g.outHeight; outY++) {
				for (let outX = 0; outX < g.outWidth; outX++) {
					const { y0, y1, x0, x1, count } = windowBounds(g, outY, outX);
					const cells: PoolTraceCell[] | null = windows ? [] : null;
					let sum = 0;
					let best = -Infinity;
					let winner = -1;
					for (let y = y0; y < y1; y++) {
						for (let x = x0; x < x1; x++) {
							const index = (plane + y) * g.width + x;
							const value = input.data[index];
							sum += value;
							// NaN wins, so that a NaN in the input shows in the output instead of vanishing.
							if (winner === -1 || value > best || (Number.isNaN(value) && !Number.isNaN(best))) {
								best = value;
								winner = index;
							}
							cells?.push({ inputY: y, inputX: x, value });
						}
					}
					const result = g.mode === 'max' ? best : g.mode === 'mean' ? sum / count : sum;
					output.data[outIndex] = result;
					if (g.mode === 'max') winners[outIndex] = winner;
					if (windows && cells) {
						const winnerY = Math.floor(winner / g.width) % g.height;
						windows.push({
							n,
							channel,
							outY,
							outX,
							cells,
							result: output.data[outIndex],
							winner: g.mode === 'max' ? { inputY: winnerY, inputX: winner % g.width } : null,
							clipped: y1 - y0 < g.window || x1 - x0 < g.window
						});
					}
					outIndex++;
				}
			}
		}
	}
	return { output, winners };
}
