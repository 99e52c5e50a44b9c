/**
 * Shape arithmetic: how many outputs a convolution, a pooling or a transposed convolution gives along
 * one axis, and whether its windows fit the input. The relations are those of Dumoulin & Visin,
 * "A guide to convolution arithmetic for deep learning" (2016).
 *
 * Every function works on one axis (a width or a height); a square configuration uses it once.
 * Impossible configurations throw a `ShapeError` whose message says what to change.
 */

import { ShapeError, type SettingName } from './shapeError';
import { shapeString, type Shape } from './tensor';

export * from './shapeError';

/** One axis of a convolution. */
export interface ConvAxis {
	/** Input size along the axis (width or height), without padding. */
	input: number;
	/** Kernel size along the axis. */
	kernel: number;
	/** Step between two windows. Default 1. */
	stride?: number;
	/** Zeros added on each side. Default 0. */
	padding?: number;
	/** Spacing between kernel taps (1 = contiguous). Default 1. */
	dilation?: number;
}

const settingWords: Record<SettingName, string> = {
	input: 'input size',
	kernel: 'kernel',
	stride: 'stride',
	padding: 'padding',
	dilation: 'dilation',
	window: 'window',
	outputPadding: 'output padding'
};

function checkWhole(value: number, setting: SettingName, minimum: number, advice: string): void {
	if (!Number.isInteger(value) || value < minimum) {
		const name = settingWords[setting];
		throw new ShapeError(
			`${name} ${value} is not possible: ${name} must be a whole number >= ${minimum}${advice ? `; ${advice}` : ''}`,
			{ kind: 'not-whole', setting, value, minimum }
		);
	}
}

/** Validates stride, padding, dilation and kernel; throws a ShapeError saying what to change. */
export function checkConvParameters(
	kernel: number,
	stride: number,
	padding: number,
	dilation: number
): void {
	checkWhole(kernel, 'kernel', 1, 'use a kernel of 1 or more');
	checkWhole(stride, 'stride', 1, 'use stride 1 to visit every position');
	checkWhole(padding, 'padding', 0, 'use padding 0 for no border');
	checkWhole(dilation, 'dilation', 1, 'use dilation 1 for an ordinary (contiguous) kernel');
}

/**
 * One axis with its defaults filled in (stride 1, padding 0, dilation 1) and every value checked: the
 * common start of a convolution's and a transposed convolution's output size.
 */
function checkedAxis({ input, kernel, stride = 1, padding = 0, dilation = 1 }: ConvAxis) {
	checkWhole(input, 'input', 1, 'the input needs at least one row and one column');
	checkConvParameters(kernel, stride, padding, dilation);
	return { input, kernel, stride, padding, dilation };
}

/**
 * Span of a dilated kernel: k̂ = k + (k - 1)(d - 1).
 * `effectiveKernel(3, 2) === 5`
 */
export function effectiveKernel(kernel: number, dilation = 1): number {
	checkWhole(kernel, 'kernel', 1, 'use a kernel of 1 or more');
	checkWhole(dilation, 'dilation', 1, 'use dilation 1 for an ordinary (contiguous) kernel');
	return kernel + (kernel - 1) * (dilation - 1);
}

/**
 * Output size of a convolution along one axis: floor((I + 2P - K - (K-1)(D-1)) / S) + 1.
 * `convOutputSize({ input: 4, kernel: 2, stride: 2, padding: 1 }) === 3`
 */
export function convOutputSize(axis: ConvAxis): number {
	const { input, kernel, stride, padding, dilation } = checkedAxis(axis);
	const span = effectiveKernel(kernel, dilation);
	const padded = input + 2 * padding;
	if (span > padded) {
		const needed = Math.ceil((span - input) / 2);
		// The largest kernel and dilation whose span k + (k - 1)(d - 1) still fits the padded width.
		const largestKernel = Math.floor((padded + dilation - 1) / dilation);
		const largestDilation = Math.floor((padded - 1) / (kernel - 1));
		const what =
			dilation > 1
				? `kernel ${kernel} with dilation ${dilation} spans ${span}`
				: `kernel ${kernel}`;
		const smallerDilation =
			dilation === 1 || largestDilation < 1
				? ''
				: largestDilation === 1
					? ' (or dilation 1)'
					: ` (or a dilation of at most ${largestDilation})`;
		throw new ShapeError(
			`${what}, larger than the ${padded}-wide ${padding > 0 ? 'padded ' : ''}input: use a kernel of at most ${largestKernel}${smallerDilation}, or padding ${needed}`,
			{
				kind: 'kernel-too-large',
				kernel,
				dilation,
				span,
				paddedInput: padded,
				padding,
				largestKernel,
				largestDilation: Math.max(0, largestDilation),
				paddingNeeded: needed
			}
		);
	}
	return Math.floor((padded - span) / stride) + 1;
}

/**
 * Padding that keeps the size unchanged at stride 1 ("same" padding): (k̂ - 1) / 2.
 * Only odd spans have a symmetric one. `samePadding(3) === 1`, `samePadding(3, 2) === 2`
 */
export function samePadding(kernel: number, dilation = 1): number {
	const span = effectiveKernel(kernel, dilation);
	if (span % 2 === 0) {
		throw new ShapeError(
			`kernel ${kernel}${dilation > 1 ? ` with dilation ${dilation}` : ''} spans ${span}, an even number: no symmetric padding keeps the size; use an odd kernel`,
			{ kind: 'even-span', kernel, dilation, span }
		);
	}
	return (span - 1) / 2;
}

/** How a convolution's windows fit one axis of the input. */
export interface ConvFit {
	/** Number of windows (the output size). */
	output: number;
	/**
	 * True when every cell of the input is read by some window. Padding left unread loses nothing, so a
	 * placement whose only unread cells are padding fits, even when the division is not exact.
	 */
	fits: boolean;
	/** True when (I + 2P - k̂) is a multiple of the stride: the formula gives a whole number. */
	exact: boolean;
	/** (I + 2P - k̂) mod S: padded rows or columns left over after the last window. */
	remainder: number;
	/** Indices of real input rows/columns (unpadded coordinates) that no kernel tap ever reads. */
	uncovered: number[];
	/** The uncovered ones between windows (the stride jumps over them, or the dilation's gaps). */
	skipped: number[];
	/** The uncovered ones after the last window. */
	leftOver: number[];
	/**
	 * One plain-English sentence describing the fit and, if it does not fit, how to fix it; the fields
	 * above and `fixes` are the same facts for a figure that phrases them itself.
	 */
	message: string;
	/**
	 * Changes that make it fit: the smallest larger padding whose windows reach the end of the input
	 * and read more of it, and the largest smaller stride whose windows read every cell. Empty when it
	 * already fits.
	 */
	fixes: { padding?: number; stride?: number }[];
}

/** Which words a message uses for the indices of one axis. */
export type AxisWords = 'both' | 'columns' | 'rows';

function coveredTaps(
	input: number,
	kernel: number,
	stride: number,
	padding: number,
	dilation: number
): { covered: boolean[]; lastEnd: number; output: number } {
	const output = convOutputSize({ input, kernel, stride, padding, dilation });
	const covered = new Array<boolean>(input).fill(false);
	for (let o = 0; o < output; o++) {
		for (let k = 0; k < kernel; k++) {
			const position = o * stride - padding + k * dilation;
			if (position >= 0 && position < input) covered[position] = true;
		}
	}
	const lastEnd = (output - 1) * stride - padding + (kernel - 1) * dilation;
	return { covered, lastEnd, output };
}

/** Names rows or columns for the reader, who counts from 1 (the indices themselves count from 0). */
function listIndices(indices: number[], singular: string, plural: string): string {
	const counted = indices.map((index) => index + 1);
	if (counted.length === 1) return `${singular} ${counted[0]}`;
	const head = counted.slice(0, -1).join(', ');
	return `${plural} ${head} and ${counted[counted.length - 1]}`;
}

function describe(indices: number[], words: AxisWords): string {
	if (words === 'columns') return listIndices(indices, 'column', 'columns');
	if (words === 'rows') return listIndices(indices, 'row', 'rows');
	return `${listIndices(indices, 'column', 'columns')} (and ${listIndices(indices, 'row', 'rows')})`;
}

function fits(input: number, kernel: number, stride: number, padding: number, dilation: number) {
	try {
		const { covered } = coveredTaps(input, kernel, stride, padding, dilation);
		const remainder = (input + 2 * padding - effectiveKernel(kernel, dilation)) % stride;
		return { valid: true, exact: remainder === 0, complete: covered.every((c) => c) };
	} catch (error) {
		if (error instanceof ShapeError) return { valid: false, exact: false, complete: false };
		throw error;
	}
}

/**
 * How the windows of a convolution fit one axis: the output size, what is left over, which input
 * rows/columns are never read, and the fixes.
 * `convFit({ input: 4, kernel: 2, stride: 3 }).message` says columns 3 and 4 are lost and offers
 * padding 1 or stride 2.
 */
export function convFit(axis: ConvAxis, words: AxisWords = 'both'): ConvFit {
	const { input, kernel, stride = 1, padding = 0, dilation = 1 } = axis;
	const span = effectiveKernel(kernel, dilation);
	const { covered, lastEnd, output } = coveredTaps(input, kernel, stride, padding, dilation);
	const remainder = (input + 2 * padding - span) % stride;
	const exact = remainder === 0;
	const uncovered: number[] = [];
	covered.forEach((isCovered, index) => {
		if (!isCovered) uncovered.push(index);
	});
	const skipped = uncovered.filter((index) => index < lastEnd);
	const leftOver = uncovered.filter((index) => index > lastEnd);

	const fitsNow = uncovered.length === 0;

	const fixes: { padding?: number; stride?: number }[] = [];
	if (!fitsNow) {
		// Padding helps only at the far edge: the smallest padding whose last window reaches the end of
		// the input, reading more of it than now.
		for (let p = padding + 1; p <= padding + stride + span; p++) {
			const candidate = coveredTaps(input, kernel, stride, p, dilation);
			const missed = candidate.covered.filter((c) => !c).length;
			if (candidate.lastEnd >= input - 1 && missed < uncovered.length) {
				fixes.push({ padding: p });
				break;
			}
		}
		for (let s = stride - 1; s >= 1; s--) {
			const candidate = fits(input, kernel, s, padding, dilation);
			if (candidate.valid && candidate.complete) {
				fixes.push({ stride: s });
				break;
			}
		}
	}

	const settings = [`kernel ${kernel}`];
	if (padding > 0) settings.push(`padding ${padding}`);
	if (dilation > 1) settings.push(`dilation ${dilation}`);
	const lead = `Stride ${stride} with ${settings.length > 1 ? `${settings.slice(0, -1).join(', ')} and ${settings[settings.length - 1]}` : settings[0]}`;
	const fixText = fixes
		.map((fix) => (fix.padding !== undefined ? `padding ${fix.padding}` : `stride ${fix.stride}`))
		.join(' or ');
	const advice = fixText ? `: use ${fixText}` : '';
	const result =
		words === 'both'
			? `a ${output}x${output} output`
			: `${output} output ${words === 'rows' ? 'row' : 'column'}${output === 1 ? '' : 's'}`;
	let message: string;
	if (fitsNow && exact) {
		message = `${lead} fits the ${input}-wide input exactly, giving ${result}`;
	} else if (fitsNow) {
		const unread =
			remainder === 1 ? 'the last padding cell is' : `the last ${remainder} padding cells are`;
		message = `${lead} fits the ${input}-wide input, giving ${result}: every cell is read, only ${unread} not`;
	} else {
		const parts: string[] = [];
		if (skipped.length > 0) parts.push(`skips ${describe(skipped, words)}`);
		if (leftOver.length > 0) parts.push(`leaves ${describe(leftOver, words)}`);
		const verb = leftOver.length > 0 ? ' uncovered' : '';
		message = `${lead} ${parts.join(' and ')} of the ${input}-wide input${verb}${advice}`;
	}
	return { output, fits: fitsNow, exact, remainder, uncovered, skipped, leftOver, message, fixes };
}

/** One axis of a pooling. */
export interface PoolAxis {
	input: number;
	window: number;
	/** Default: the window size (windows side by side). */
	stride?: number;
	/** 'drop': windows that would fall off the edge are skipped (floor); 'partial': they pool what remains (ceil). */
	edge?: 'drop' | 'partial';
}

/**
 * Output size of a pooling along one axis. 'drop' = floor((I - W) / S) + 1; 'partial' =
 * ceil((I - W) / S) + 1, clipping the last window, and never starting a window outside the input.
 * `poolOutputSize({ input: 5, window: 2, stride: 2, edge: 'partial' }) === 3`
 */
export function poolOutputSize({ input, window, stride, edge = 'drop' }: PoolAxis): number {
	const step = stride ?? window;
	checkWhole(input, 'input', 1, 'the input needs at least one row and one column');
	checkWhole(window, 'window', 1, 'use a window of 1 or more');
	checkWhole(step, 'stride', 1, 'use stride 1 to visit every position');
	if (edge !== 'drop' && edge !== 'partial') {
		throw new ShapeError(`edge '${String(edge)}' is unknown: use 'drop' or 'partial'`);
	}
	if (edge === 'drop') {
		if (window > input) {
			throw new ShapeError(
				`window ${window} is larger than the ${input}-wide input: use a window of at most ${input}, or edge 'partial' to pool what remains`,
				{ kind: 'window-too-large', window, input }
			);
		}
		return Math.floor((input - window) / step) + 1;
	}
	let output = Math.max(1, Math.ceil((input - window) / step) + 1);
	while (output > 1 && (output - 1) * step >= input) output--;
	return output;
}

/** One axis of a transposed convolution: the settings of the convolution it reverses, and more. */
export interface TransposedAxis extends ConvAxis {
	/** Step between two stamps of the kernel in the output. Default 1. */
	stride?: number;
	/** Cells cropped from each side of the output. Default 0. */
	padding?: number;
	/** Extra rows/columns at the bottom/right, to reach sizes a strided convolution maps to the same input. */
	outputPadding?: number;
}

/**
 * Output size of a transposed convolution along one axis: (I - 1)S - 2P + D(K - 1) + outputPadding + 1.
 * `transposedOutputSize({ input: 3, kernel: 3, stride: 2, padding: 1 }) === 5`
 */
export function transposedOutputSize(axis: TransposedAxis): number {
	const { input, kernel, stride, padding, dilation } = checkedAxis(axis);
	const { outputPadding = 0 } = axis;
	checkWhole(outputPadding, 'outputPadding', 0, 'use output padding 0');
	if (outputPadding >= stride && outputPadding >= dilation) {
		const largest = Math.max(stride, dilation) - 1;
		throw new ShapeError(
			`output padding ${outputPadding} must be smaller than stride ${stride}${dilation > 1 ? ` or dilation ${dilation}` : ''}: use output padding ${largest} at most`,
			{ kind: 'output-padding-too-large', outputPadding, stride, dilation, largest }
		);
	}
	const output = (input - 1) * stride - 2 * padding + dilation * (kernel - 1) + outputPadding + 1;
	if (output < 1) {
		const uncropped = (input - 1) * stride + dilation * (kernel - 1) + 1;
		const largestPadding = Math.floor((uncropped - 1 + outputPadding) / 2);
		throw new ShapeError(
			`padding ${padding} crops the whole ${uncropped}-wide transposed output: use padding at most ${largestPadding}`,
			{ kind: 'padding-crops', padding, output: uncropped, largestPadding }
		);
	}
	return output;
}

/** Throws a ShapeError unless `actual` is `expected`, naming the argument. */
export function expectShape(name: string, actual: Shape, expected: Shape): void {
	if (actual.length !== expected.length || actual.some((d, i) => d !== expected[i])) {
		throw new ShapeError(
			`${name} has shape ${shapeString(actual)} but ${shapeString(expected)} is needed here: give it shape ${shapeString(expected)}`,
			{ kind: 'shape', name, actual: [...actual], expected: [...expected] }
		);
	}
}

/** Throws a ShapeError unless the tensor has `rank` axes, naming them. */
export function expectRank(name: string, shape: Shape, rank: number, axes: string): void {
	if (shape.length !== rank) {
		throw new ShapeError(
			`${name} has shape ${shapeString(shape)} (${shape.length} axes) but ${rank} axes ${axes} are needed: reshape it to ${axes}`,
			{ kind: 'rank', name, actual: [...shape], rank }
		);
	}
}
