/**
 * The "same" padding figure's scene: how many windows of a stride-1 convolution read each input cell,
 * where the window stands at a step, and the colour of a cell for its count. The counts are the
 * engine's (the input gradient of a convolution of ones); nothing here convolves.
 */
import { colour, type Colour } from '$lib/charts/colour';
import { conv2dBackward } from '$lib/engine/conv';
import { isPaddingCell } from '$lib/engine/pad';
import { convOutputSize } from '$lib/engine/shape';
import { full, type Tensor } from '$lib/engine/tensor';

/** A stride-1 convolution's sizes and how many windows read each (unpadded) input cell. */
export interface WindowCoverage {
	input: number;
	padding: number;
	/** Side of the output. */
	output: number;
	/** Side of the padded input. */
	padded: number;
	/** Row-major, `input` × `input`: how many windows read each cell. */
	counts: Tensor['data'];
}

/**
 * `windowCoverage(5, 3, 1).counts[0]` is 4: a corner of a 5 × 5 input padded by 1 is read by four
 * 3 × 3 windows. Throws the engine's ShapeError when the kernel does not fit.
 */
export function windowCoverage(input: number, kernel: number, padding: number): WindowCoverage {
	const output = convOutputSize({ input, kernel, padding });
	const { gradInput } = conv2dBackward(
		full([1, 1, input, input], 1),
		full([1, 1, kernel, kernel], 1),
		full([1, 1, output, output], 1),
		{ padding }
	);
	return { input, padding, output, padded: input + 2 * padding, counts: gradInput.data };
}

/** How many windows read padded cell (row, column), or null on the padding. */
export function countAt(coverage: WindowCoverage, row: number, column: number): number | null {
	const { input, padding, padded } = coverage;
	if (isPaddingCell(row, column, padded, padded, padding)) return null;
	return coverage.counts[(row - padding) * input + (column - padding)];
}

/** The padded cells under the window at `position` (row-major over the output), 0-based. */
export function windowCells(
	coverage: WindowCoverage,
	kernel: number,
	position: number
): { row: number; column: number }[] {
	const top = Math.floor(position / coverage.output);
	const left = position % coverage.output;
	return Array.from({ length: kernel * kernel }, (_, i) => ({
		row: top + Math.floor(i / kernel),
		column: left + (i % kernel)
	}));
}

/**
 * Pale to deep teal: more windows, deeper colour (the cell carries its own colour in both themes);
 * the padding a faint grey.
 */
export function coverageFill(count: number | null, most: number): Colour {
	if (count === null) return colour(128, 128, 128, 0.18);
	const t = most > 0 ? count / most : 0;
	return colour(Math.round(230 - t * 200), Math.round(245 - t * 120), Math.round(240 - t * 90));
}
