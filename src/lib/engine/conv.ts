/**
 * 2-D convolution (cross-correlation, as every deep-learning library computes it), written as plain
 * nested loops: this is the reference implementation and the source of the traces the lessons draw.
 *
 * output[n, f, oy, ox] = bias[f] + Σ_{c in f's group, ky, kx}
 *     input[n, c, oy·S - P + ky·D, ox·S - P + kx·D] · weight[f, c - groupStart, ky, kx]
 * where cells outside the input are padding zeros.
 */

import { checkBias, convGeometry, type ConvGeometry, type ConvOptions } from './convGeometry';
import { expectShape } from './shape';
import { type Shape, zeros, type Tensor } from './tensor';

export * from './convGeometry';

/**
 * 2-D convolution of an NCHW input with weights [filters, channels / groups, kH, kW].
 * `conv2d(image, kernel, null, { stride: 2, padding: 1 })`
 */
export function conv2d(
	input: Tensor,
	weight: Tensor,
	bias: Tensor | null,
	options: ConvOptions = {}
): Tensor {
	return convForwardCore(input, weight, bias, options, null).output;
}

/** Gradients of a convolution with respect to its input, weight and bias. */
export interface ConvGradients {
	gradInput: Tensor;
	gradWeight: Tensor;
	gradBias: Tensor;
}

/**
 * Backward pass of conv2d: given dLoss/dOutput, returns dLoss/dInput, dLoss/dWeight, dLoss/dBias.
 * `const { gradInput, gradWeight, gradBias } = conv2dBackward(x, w, gradOutput, { padding: 1 })`
 */
export function conv2dBackward(
	input: Tensor,
	weight: Tensor,
	gradOutput: Tensor,
	options: ConvOptions = {}
): ConvGradients {
	return convBackwardCore(input, weight, gradOutput, options, null);
}

/** One tap of a convolution window: which weight meets which input cell. */
export interface ConvTap {
	channel: number;
	ky: number;
	kx: number;
	/** Row in unpadded input coordinates: -1 or >= height for padding. */
	inputY: number;
	/** Column in unpadded input coordinates: -1 or >= width for padding. */
	inputX: number;
	isPadding: boolean;
	/** Input value under this tap (0 for padding). */
	value: number;
	weight: number;
}

/** One cell of a convolution window, as the sliding-window animation shows it. */
export interface ConvTraceCell extends ConvTap {
	product: number;
}

/** One output position: its window, the sum of the products, the bias and the result. */
export interface ConvTraceStep {
	n: number;
	filter: number;
	outY: number;
	outX: number;
	cells: ConvTraceCell[];
	/** Σ products, before the bias. */
	sum: number;
	bias: number;
	/** The value stored in the output tensor (float32). */
	output: number;
}

/** Every window a convolution visited, in output order (n, filter, outY, outX). */
export interface ConvTrace {
	geometry: ConvGeometry;
	steps: ConvTraceStep[];
}

/** Index into `trace.steps` of output position (n, filter, outY, outX). */
export function convTraceIndex(
	geometry: ConvGeometry,
	n: number,
	filter: number,
	outY: number,
	outX: number
): number {
	return ((n * geometry.filters + filter) * geometry.outHeight + outY) * geometry.outWidth + outX;
}

/**
 * conv2d that also records every window, product and sum; its output equals conv2d's exactly.
 * `const { output, trace } = conv2dTraced(x, w, b, { stride: 3 }); trace.steps[0].cells[0].product`
 */
export function conv2dTraced(
	input: Tensor,
	weight: Tensor,
	bias: Tensor | null,
	options: ConvOptions = {}
): { output: Tensor; trace: ConvTrace } {
	const steps: ConvTraceStep[] = [];
	const { output, geometry } = convForwardCore(input, weight, bias, options, steps);
	return { output, trace: { geometry, steps } };
}

/** An output position (n, filter, outY, outX) and the flat index of its value. */
interface OutputPosition {
	n: number;
	filter: number;
	outY: number;
	outX: number;
	outIndex: number;
}

/**
 * Where one tap of a window reads, with the input value (0 on padding) and the weight under it: its
 * place in the input and in the kernel, as flat indices too.
 */
interface WindowTap extends ConvTap {
	/** Index into the input's data (meaningless for padding). */
	inputIndex: number;
	/** Index into the weights' data. */
	weightIndex: number;
}

/**
 * The one walk over a convolution's windows that forward and backward, traced or not, share: every
 * output position in output order, and for each the taps of its window (channel, row, column), so
 * that every variant visits the same taps in the same order and sums alike. With `withPadding` false
 * the taps on padding are skipped (a padding zero adds nothing); a recorder wants them.
 * `forEachWindow(g, x, w, false, { open: (at) => ..., visit: (at, tap) => ..., close: (at) => ... })`
 */
function forEachWindow(
	g: ConvGeometry,
	input: Tensor,
	weight: Tensor,
	withPadding: boolean,
	visitor: {
		open: (at: OutputPosition) => void;
		visit: (at: OutputPosition, tap: WindowTap) => void;
		close: (at: OutputPosition) => void;
	}
): void {
	const { open, visit, close } = visitor;
	const at: OutputPosition = { n: 0, filter: 0, outY: 0, outX: 0, outIndex: 0 };
	// One tap object, refilled at every step: a visitor copies what it keeps.
	const tap: WindowTap = {
		channel: 0,
		ky: 0,
		kx: 0,
		inputY: 0,
		inputX: 0,
		isPadding: false,
		value: 0,
		weight: 0,
		inputIndex: 0,
		weightIndex: 0
	};
	for (let n = 0; n < g.batch; n++) {
		for (let f = 0; f < g.filters; f++) {
			const firstChannel = Math.floor(f / g.filtersPerGroup) * g.channelsPerGroup;
			for (let outY = 0; outY < g.outHeight; outY++) {
				for (let outX = 0; outX < g.outWidth; outX++) {
					Object.assign(at, { n, filter: f, outY, outX });
					open(at);
					for (let cg = 0; cg < g.channelsPerGroup; cg++) {
						const channel = firstChannel + cg;
						for (let ky = 0; ky < g.kernelHeight; ky++) {
							const inputY = outY * g.stride - g.padding + ky * g.dilation;
							const rowInside = inputY >= 0 && inputY < g.height;
							if (!rowInside && !withPadding) continue;
							const inputRow = ((n * g.channels + channel) * g.height + inputY) * g.width;
							const weightRow =
								((f * g.channelsPerGroup + cg) * g.kernelHeight + ky) * g.kernelWidth;
							for (let kx = 0; kx < g.kernelWidth; kx++) {
								const inputX = outX * g.stride - g.padding + kx * g.dilation;
								const isPadding = !rowInside || inputX < 0 || inputX >= g.width;
								if (isPadding && !withPadding) continue;
								tap.channel = channel;
								tap.ky = ky;
								tap.kx = kx;
								tap.inputY = inputY;
								tap.inputX = inputX;
								tap.isPadding = isPadding;
								tap.inputIndex = inputRow + inputX;
								tap.weightIndex = weightRow + kx;
								tap.value = isPadding ? 0 : input.data[tap.inputIndex];
								tap.weight = weight.data[tap.weightIndex];
								visit(at, tap);
							}
						}
					}
					close(at);
					at.outIndex++;
				}
			}
		}
	}
}

/** A tap as a trace records it (a copy: the walk refills its tap). */
function recordedTap(tap: WindowTap): ConvTap {
	const { channel, ky, kx, inputY, inputX, isPadding, value, weight } = tap;
	return { channel, ky, kx, inputY, inputX, isPadding, value, weight };
}

/**
 * Forward, traced or not: each output is the bias plus the products of its window, summed in float64
 * in the same order whether or not the window is recorded, so conv2d and conv2dTraced agree to the
 * last bit.
 */
function convForwardCore(
	input: Tensor,
	weight: Tensor,
	bias: Tensor | null,
	options: ConvOptions,
	steps: ConvTraceStep[] | null
): { output: Tensor; geometry: ConvGeometry } {
	const g = convGeometry(input.shape, weight.shape, options);
	checkBias(bias, g.filters);
	const output = zeros([g.batch, g.filters, g.outHeight, g.outWidth]);
	let sum = 0;
	let cells: ConvTraceCell[] = [];
	forEachWindow(g, input, weight, steps !== null, {
		open: () => {
			sum = 0;
			cells = [];
		},
		visit: (_, tap) => {
			const product = tap.value * tap.weight;
			if (!tap.isPadding) sum += product;
			if (steps) cells.push({ ...recordedTap(tap), product });
		},
		close: ({ n, filter, outY, outX, outIndex }) => {
			const b = bias === null ? 0 : bias.data[filter];
			output.data[outIndex] = sum + b;
			steps?.push({ n, filter, outY, outX, cells, sum, bias: b, output: output.data[outIndex] });
		}
	});
	return { output, geometry: g };
}

/** One cell of a window in the backward pass: what this output's gradient adds where. */
export interface ConvBackwardTraceCell extends ConvTap {
	/** gradOutput · value, added to gradWeight[filter, channel - groupStart, ky, kx]. */
	weightGradient: number;
	/** gradOutput · weight, added to gradInput[n, channel, inputY, inputX] (0 and nowhere for padding). */
	inputGradient: number;
}

/** One output position in the backward pass. */
export interface ConvBackwardTraceStep {
	n: number;
	filter: number;
	outY: number;
	outX: number;
	/** dLoss/dOutput at this position; it is also what this position adds to gradBias[filter]. */
	gradOutput: number;
	cells: ConvBackwardTraceCell[];
}

/** Every window of the backward pass, in output order (n, filter, outY, outX). */
export interface ConvBackwardTrace {
	geometry: ConvGeometry;
	steps: ConvBackwardTraceStep[];
}

/**
 * conv2dBackward that also records what each output's gradient adds to each weight and input gradient;
 * its gradients equal conv2dBackward's exactly.
 * `const { gradWeight, trace } = conv2dBackwardTraced(x, w, gradOutput)`
 */
export function conv2dBackwardTraced(
	input: Tensor,
	weight: Tensor,
	gradOutput: Tensor,
	options: ConvOptions = {}
): ConvGradients & { trace: ConvBackwardTrace } {
	const steps: ConvBackwardTraceStep[] = [];
	const gradients = convBackwardCore(input, weight, gradOutput, options, steps);
	return {
		...gradients,
		trace: { geometry: convGeometry(input.shape, weight.shape, options), steps }
	};
}

/**
 * Backward, traced or not: every output position scatters its gradient over its window. Sums are kept
 * in float64 and rounded to float32 once at the end.
 */
function convBackwardCore(
	input: Tensor,
	weight: Tensor,
	gradOutput: Tensor,
	options: ConvOptions,
	steps: ConvBackwardTraceStep[] | null
): ConvGradients {
	const g = convGeometry(input.shape, weight.shape, options);
	const sums = gradientSums(input, weight, gradOutput, [
		g.batch,
		g.filters,
		g.outHeight,
		g.outWidth
	]);
	let grad = 0;
	let cells: ConvBackwardTraceCell[] = [];
	forEachWindow(g, input, weight, steps !== null, {
		open: ({ filter, outIndex }) => {
			grad = gradOutput.data[outIndex];
			sums.bias[filter] += grad;
			cells = [];
		},
		visit: (_, tap) => {
			const weightGradient = grad * tap.value;
			const inputGradient = tap.isPadding ? 0 : grad * tap.weight;
			if (!tap.isPadding) {
				sums.weight[tap.weightIndex] += weightGradient;
				sums.input[tap.inputIndex] += inputGradient;
			}
			if (steps) cells.push({ ...recordedTap(tap), weightGradient, inputGradient });
		},
		close: ({ n, filter, outY, outX }) => {
			steps?.push({ n, filter, outY, outX, gradOutput: grad, cells });
		}
	});
	return roundedGradients(input, weight, sums);
}

/** Float64 sums for the three gradients of a convolution's backward pass. */
export interface GradientSums {
	input: Float64Array;
	weight: Float64Array;
	bias: Float64Array;
}

/**
 * The start of a convolution's backward pass (ordinary or transposed): checks that gradOutput has the
 * output's shape [batch, channels, outHeight, outWidth] and gives zeroed float64 sums for the gradients
 * of the input, the weight and the bias (one per output channel), rounded once by roundedGradients.
 */
export function gradientSums(
	input: Tensor,
	weight: Tensor,
	gradOutput: Tensor,
	outputShape: Shape
): GradientSums {
	expectShape('gradOutput', gradOutput.shape, outputShape);
	return {
		input: new Float64Array(input.data.length),
		weight: new Float64Array(weight.data.length),
		bias: new Float64Array(outputShape[1])
	};
}

/** The gradients as float32 tensors shaped like what they are gradients of: each sum rounded once. */
export function roundedGradients(input: Tensor, weight: Tensor, sums: GradientSums): ConvGradients {
	return {
		gradInput: { shape: [...input.shape], data: Float32Array.from(sums.input) },
		gradWeight: { shape: [...weight.shape], data: Float32Array.from(sums.weight) },
		gradBias: { shape: [sums.bias.length], data: Float32Array.from(sums.bias) }
	};
}
