/**
 * The kernel editor's bookkeeping, apart from its markup: a preset's weights at the chosen size, the
 * kernel cropped or grown when the size changes, a typed weight read, and the words for the sum of the
 * weights. The filtering itself is the engine's (applyFilter); nothing here convolves.
 */
import { m } from '$lib/paraglide/messages';
import { embedKernel, filterPreset } from '$lib/engine/lessons/filters';
import { formatNumber } from './display';

/** A preset's weights, row by row, in a kernel of `size` (a 3 x 3 preset sits in the middle of a 5 x 5). */
export function presetWeights(id: string, size: number): number[] {
	const preset = filterPreset(id);
	return embedKernel(preset.weights, preset.size, size);
}

/**
 * The kernel at another size: growing surrounds it with zeros, shrinking keeps its middle.
 * `resizeKernel([0, 0, 0, 0, 1, 0, 0, 0, 0], 3, 1)` is [1].
 */
export function resizeKernel(weights: readonly number[], size: number, next: number): number[] {
	if (next >= size) return embedKernel(weights, size, next);
	const offset = (size - next) / 2;
	return Array.from(
		{ length: next * next },
		(_, i) => weights[(Math.floor(i / next) + offset) * size + (i % next) + offset]
	);
}

/** A weight after an arrow key: ±1, or ±0.1 with Shift, rounded to 3 decimals. */
export function nudgeWeight(weight: number, up: boolean, fine: boolean): number {
	const next = weight + (up ? 1 : -1) * (fine ? 0.1 : 1);
	return Math.round(next * 1000) / 1000;
}

/** What the sum of the weights does to a flat area of the picture, in words. */
export function sumMeaning(sum: number): string {
	if (Math.abs(sum - 1) < 1e-6) return m.convolution_sum_one();
	if (Math.abs(sum) < 1e-6) return m.convolution_sum_zero();
	return sum > 1 ? m.convolution_sum_above() : m.convolution_sum_below();
}

/** The kernel's rows as the description reads them: "(0 1 0), (1 −4 1), (0 1 0)". */
export function kernelRows(weights: readonly number[], size: number): string[] {
	return Array.from(
		{ length: size },
		(_, row) =>
			`(${weights
				.slice(row * size, (row + 1) * size)
				.map((w) => formatNumber(w))
				.join(' ')})`
	);
}
