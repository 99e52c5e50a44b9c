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
import { zeros, type Tensor } from './tensor';

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

/**
 * One loop for both forward variants: each output is the bias plus the products of its window, summed
 * in float64 in the same order whether or not the window is recorded, so conv2d and conv2dTraced agree
 * to the last bit. Without a recorder, padding taps are skipped (a padding zero adds nothing).
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
	const x = input.data;
	const w = weight.data;
	const out = output.data;
	let outIndex = 0;
	for (let n = 0; n < g.batch; n++) {
		for (let f = 0; f < g.filters; f++) {
			const firstChannel = Math.floor(f / g.filtersPerGroup) * g.channelsPerGroup;
			for (let outY = 0; outY < g.outHeight; outY++) {
				for (let outX = 0; outX < g.outWidth; outX++) {
					const cells: ConvTraceCell[] | null = steps ? [] : null;
					let sum = 0;
					for (let cg = 0; cg < g.channelsPerGroup; cg++) {
						const channel = firstChannel + cg;
						for (let ky = 0; ky < g.kernelHeight; ky++) {
							const inputY = outY * g.stride - g.padding + ky * g.dilation;
							const rowInside = inputY >= 0 && inputY < g.height;
							if (!rowInside && cells === null) continue;
							const inputRow = ((n * g.channels + channel) * g.height + inputY) * g.width;
							const weightRow =
								((f * g.channelsPerGroup + cg) * g.kernelHeight + ky) * g.kernelWidth;
							for (let kx = 0; kx < g.kernelWidth; kx++) {
								const inputX = outX * g.stride - g.padding + kx * g.dilation;
								const isPadding = !rowInside || inputX < 0 || inputX >= g.width;
								if (isPadding && cells === null) continue;
								const value = isPadding ? 0 : x[inputRow + inputX];
								const product = value * w[weightRow + kx];
								if (!isPadding) sum += product;
								cells?.push({
									channel,
									ky,
									kx,
									inputY,
									inputX,
									isPadding,
									value,
									weight: w[weightRow + kx],
									product
								});
							}
						}
					}
					const b = bias === null ? 0 : bias.data[f];
					out[outIndex] = sum + b;
					if (steps && cells) {
						steps.push({ n, filter: f, outY, outX, cells, sum, bias: b, output: out[outIndex] });
					}
					outIndex++;
				}
			}
		}
	}
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
 * One loop for both backward variants: every output position scatters its gradient over its window.
 * Sums are kept in float64 and rounded to float32 once at the end.
 */
function convBackwardCore(
	input: Tensor,
	weight: Tensor,
	gradOutput: Tensor,
	options: ConvOptions,
	steps: ConvBackwardTraceStep[] | null
): ConvGradients {
	const g = convGeometry(input.shape, weight.shape, options);
	expectShape('gradOutput', gradOutput.shape, [g.batch, g.filters, g.outHeight, g.outWidth]);
	const gradInput = new Float64Array(input.data.length);
	const gradWeight = new Float64Array(weight.data.length);
	const gradBias = new Float64Array(g.filters);
	const x = input.data;
	const w = weight.data;
	const dy = gradOutput.data;
	let outIndex = 0;
	for (let n = 0; n < g.batch; n++) {
		for (let f = 0; f < g.filters; f++) {
			const firstChannel = Math.floor(f / g.filtersPerGroup) * g.channelsPerGroup;
			for (let outY = 0; outY < g.outHeight; outY++) {
				for (let outX = 0; outX < g.outWidth; outX++) {
					const grad = dy[outIndex++];
					gradBias[f] += grad;
					const cells: ConvBackwardTraceCell[] | null = steps ? [] : null;
					for (let cg = 0; cg < g.channelsPerGroup; cg++) {
						const channel = firstChannel + cg;
						for (let ky = 0; ky < g.kernelHeight; ky++) {
							const inputY = outY * g.stride - g.padding + ky * g.dilation;
							const rowInside = inputY >= 0 && inputY < g.height;
							if (!rowInside && cells === null) continue;
							for (let kx = 0; kx < g.kernelWidth; kx++) {
								const inputX = outX * g.stride - g.padding + kx * g.dilation;
								const isPadding = !rowInside || inputX < 0 || inputX >= g.width;
								if (isPadding && cells === null) continue;
								const weightIndex =
									((f * g.channelsPerGroup + cg) * g.kernelHeight + ky) * g.kernelWidth + kx;
								const inputIndex =
									((n * g.channels + channel) * g.height + inputY) * g.width + inputX;
								const value = isPadding ? 0 : x[inputIndex];
								const weightGradient = grad * value;
								const inputGradient = isPadding ? 0 : grad * w[weightIndex];
								if (!isPadding) {
									gradWeight[weightIndex] += weightGradient;
									gradInput[inputIndex] += inputGradient;
								}
								cells?.push({
									channel,
									ky,
									kx,
									inputY,
									inputX,
									isPadding,
									value,
									weight: w[weightIndex],
									weightGradient,
									inputGradient
								});
							}
						}
					}
					if (steps && cells) steps.push({ n, filter: f, outY, outX, gradOutput: grad, cells });
				}
			}
		}
	}
	return {
		gradInput: { shape: [...input.shape], data: Float32Array.from(gradInput) },
		gradWeight: { shape: [...weight.shape], data: Float32Array.from(gradWeight) },
		gradBias: { shape: [g.filters], data: Float32Array.from(gradBias) }
	};
}
