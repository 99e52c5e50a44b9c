/**
 * Transposed convolution ("deconvolution", upsampling by learning): each input cell stamps the kernel,
 * scaled by its value, onto the output, `stride` cells apart; `padding` crops that many cells from
 * every side of the result and `outputPadding` adds rows/columns at the bottom/right.
 *
 * output[n, co, iy·S - P + ky·D, ix·S - P + kx·D] += input[n, ci, iy, ix] · weight[ci, co, ky, kx]
 *
 * It is also an ordinary convolution (see transposedAsConvolution): insert S - 1 zeros between input
 * cells, pad with D(K - 1) - P zeros, and slide the kernel flipped and with its channels swapped.
 */

import { conv2d, conv2dTraced, type ConvTrace, gradientSums, roundedGradients } from './conv';
import {
	type ConvKind,
	geometryOf,
	type GeometryOf,
	type PlaneGeometry,
	type WindowOptions
} from './convGeometry';
import { expectShape, ShapeError, transposedOutputSize } from './shape';
import { shapeString, zeros, type Tensor } from './tensor';

/** Transposed-convolution settings, the same along height and width. */
export interface ConvTransposeOptions extends WindowOptions {
	/** Spacing of the stamps in the output (the upsampling factor). Default 1. */
	stride?: number;
	/** Cells cropped from every side of the output. Default 0. */
	padding?: number;
	/** Extra rows/columns at the bottom/right; smaller than the stride. Default 0. */
	outputPadding?: number;
}

/** Shapes and settings of one transposed convolution, after validation. */
export interface ConvTransposeGeometry extends PlaneGeometry {
	inChannels: number;
	outChannels: number;
	outputPadding: number;
}

const transposed: ConvKind<
	ConvTransposeOptions,
	Omit<ConvTransposeGeometry, keyof PlaneGeometry>
> = {
	inputAxes: '[batch, inChannels, height, width]',
	weightAxes: '[inChannels, outChannels, kernelHeight, kernelWidth]',
	own(inputShape, weightShape, { outputPadding = 0 }) {
		const inChannels = inputShape[1];
		const [weightIn, outChannels, kernelHeight, kernelWidth] = weightShape;
		if (weightIn !== inChannels) {
			throw new ShapeError(
				`weight ${shapeString(weightShape)} expects ${weightIn} input channels but the input has ${inChannels}: give the weight shape [${inChannels}, ${outChannels}, ${kernelHeight}, ${kernelWidth}] (a transposed convolution's weight is [inChannels, outChannels, kH, kW])`
			);
		}
		return { inChannels, outChannels, outputPadding };
	},
	size: transposedOutputSize
};

/**
 * Checks a transposed convolution and returns its geometry; throws a ShapeError saying what to change.
 * `convTransposeGeometry([1, 4, 3, 3], [4, 2, 3, 3], { stride: 2, padding: 1 }).outHeight === 5`
 */
export const convTransposeGeometry: GeometryOf<ConvTransposeOptions, ConvTransposeGeometry> =
	geometryOf(transposed);

/**
 * Transposed convolution of an NCHW input with weights [inChannels, outChannels, kH, kW].
 * `convTranspose2d(featureMap, weight, null, { stride: 2, padding: 1, outputPadding: 1 })` doubles the size.
 */
export function convTranspose2d(
	input: Tensor,
	weight: Tensor,
	bias: Tensor | null,
	options: ConvTransposeOptions = {}
): Tensor {
	const g = convTransposeGeometry(input.shape, weight.shape, options);
	if (bias !== null) expectShape('bias', bias.shape, [g.outChannels]);
	const sums = new Float64Array(g.batch * g.outChannels * g.outHeight * g.outWidth);
	for (let n = 0; n < g.batch; n++) {
		for (let ci = 0; ci < g.inChannels; ci++) {
			for (let iy = 0; iy < g.height; iy++) {
				for (let ix = 0; ix < g.width; ix++) {
					const value = input.data[((n * g.inChannels + ci) * g.height + iy) * g.width + ix];
					for (let co = 0; co < g.outChannels; co++) {
						for (let ky = 0; ky < g.kernelHeight; ky++) {
							const oy = iy * g.stride - g.padding + ky * g.dilation;
							if (oy < 0 || oy >= g.outHeight) continue; // cropped by the padding
							for (let kx = 0; kx < g.kernelWidth; kx++) {
								const ox = ix * g.stride - g.padding + kx * g.dilation;
								if (ox < 0 || ox >= g.outWidth) continue;
								const w =
									weight.data[
										((ci * g.outChannels + co) * g.kernelHeight + ky) * g.kernelWidth + kx
									];
								sums[((n * g.outChannels + co) * g.outHeight + oy) * g.outWidth + ox] += value * w;
							}
						}
					}
				}
			}
		}
	}
	if (bias !== null) {
		const plane = g.outHeight * g.outWidth;
		for (let i = 0; i < sums.length; i++)
			sums[i] += bias.data[Math.floor(i / plane) % g.outChannels];
	}
	return {
		shape: [g.batch, g.outChannels, g.outHeight, g.outWidth],
		data: Float32Array.from(sums)
	};
}

/** Gradients of a transposed convolution. */
export interface ConvTransposeGradients {
	gradInput: Tensor;
	gradWeight: Tensor;
	gradBias: Tensor;
}

/**
 * Backward pass of convTranspose2d: dLoss/dInput, dLoss/dWeight, dLoss/dBias from dLoss/dOutput.
 * `convTranspose2dBackward(x, w, gradOutput, { stride: 2 })`
 */
export function convTranspose2dBackward(
	input: Tensor,
	weight: Tensor,
	gradOutput: Tensor,
	options: ConvTransposeOptions = {}
): ConvTransposeGradients {
	const g = convTransposeGeometry(input.shape, weight.shape, options);
	const outputShape = [g.batch, g.outChannels, g.outHeight, g.outWidth];
	const sums = gradientSums(input, weight, gradOutput, outputShape);
	const { input: gradInput, weight: gradWeight, bias: gradBias } = sums;
	const plane = g.outHeight * g.outWidth;
	for (let i = 0; i < gradOutput.data.length; i++) {
		gradBias[Math.floor(i / plane) % g.outChannels] += gradOutput.data[i];
	}
	for (let n = 0; n < g.batch; n++) {
		for (let ci = 0; ci < g.inChannels; ci++) {
			for (let iy = 0; iy < g.height; iy++) {
				for (let ix = 0; ix < g.width; ix++) {
					const inputIndex = ((n * g.inChannels + ci) * g.height + iy) * g.width + ix;
					const value = input.data[inputIndex];
					let sum = 0;
					for (let co = 0; co < g.outChannels; co++) {
						for (let ky = 0; ky < g.kernelHeight; ky++) {
							const oy = iy * g.stride - g.padding + ky * g.dilation;
							if (oy < 0 || oy >= g.outHeight) continue;
							for (let kx = 0; kx < g.kernelWidth; kx++) {
								const ox = ix * g.stride - g.padding + kx * g.dilation;
								if (ox < 0 || ox >= g.outWidth) continue;
								const weightIndex =
									((ci * g.outChannels + co) * g.kernelHeight + ky) * g.kernelWidth + kx;
								const grad =
									gradOutput.data[((n * g.outChannels + co) * g.outHeight + oy) * g.outWidth + ox];
								sum += grad * weight.data[weightIndex];
								gradWeight[weightIndex] += grad * value;
							}
						}
					}
					gradInput[inputIndex] = sum;
				}
			}
		}
	}
	return roundedGradients(input, weight, sums);
}

/** A transposed convolution rewritten as an ordinary one, for lesson 4's animation. */
export interface TransposedAsConvolution {
	/**
	 * The input with stride - 1 zeros inserted between cells, D(K - 1) - P zeros around it (cropped
	 * instead when negative) and outputPadding more at the bottom/right.
	 */
	zeroInserted: Tensor;
	/** The weight flipped top-bottom and left-right, channels swapped: [outChannels, inChannels, kH, kW]. */
	flippedKernel: Tensor;
	/** conv2d(zeroInserted, flippedKernel, bias, { stride: 1, dilation }): equals convTranspose2d's output. */
	output: Tensor;
	/** For each row of zeroInserted, the input row it copies, or -1 for an inserted or padding zero. */
	rowSource: Int32Array;
	/** For each column of zeroInserted, the input column it copies, or -1. */
	columnSource: Int32Array;
	/** Zeros added before the first input row/column (negative: cells cropped). */
	border: { top: number; left: number };
	geometry: ConvTransposeGeometry;
}

function sourceAxis(input: number, stride: number, border: number, length: number): Int32Array {
	const source = new Int32Array(length).fill(-1);
	for (let i = 0; i < input; i++) {
		const position = border + i * stride;
		if (position >= 0 && position < length) source[position] = i;
	}
	return source;
}

/**
 * The transposed convolution as zero insertion followed by an ordinary stride-1 convolution.
 * `const { zeroInserted, flippedKernel, output } = transposedAsConvolution(x, w, { stride: 2 })`
 */
export function transposedAsConvolution(
	input: Tensor,
	weight: Tensor,
	options: ConvTransposeOptions = {},
	bias: Tensor | null = null
): TransposedAsConvolution {
	const { zeroInserted, flippedKernel, rowSource, columnSource, border, geometry } = prepare(
		input,
		weight,
		options,
		bias
	);
	const output = conv2d(zeroInserted, flippedKernel, bias, {
		stride: 1,
		padding: 0,
		dilation: geometry.dilation
	});
	return { zeroInserted, flippedKernel, output, rowSource, columnSource, border, geometry };
}

/**
 * transposedAsConvolution with the trace of its ordinary convolution (every window over the
 * zero-inserted input), as conv2dTraced records it.
 * `convTranspose2dTraced(x, w, null, { stride: 2 }).trace.steps[0].cells`
 */
export function convTranspose2dTraced(
	input: Tensor,
	weight: Tensor,
	bias: Tensor | null,
	options: ConvTransposeOptions = {}
): TransposedAsConvolution & { trace: ConvTrace } {
	const prepared = prepare(input, weight, options, bias);
	const { output, trace } = conv2dTraced(prepared.zeroInserted, prepared.flippedKernel, bias, {
		stride: 1,
		padding: 0,
		dilation: prepared.geometry.dilation
	});
	return { ...prepared, output, trace };
}

function prepare(
	input: Tensor,
	weight: Tensor,
	options: ConvTransposeOptions,
	bias: Tensor | null
) {
	const g = convTransposeGeometry(input.shape, weight.shape, options);
	if (bias !== null) expectShape('bias', bias.shape, [g.outChannels]);
	const top = g.dilation * (g.kernelHeight - 1) - g.padding;
	const left = g.dilation * (g.kernelWidth - 1) - g.padding;
	// A stride-1 convolution with span D(K-1)+1 shrinks by D(K-1): so it needs output + D(K-1) cells.
	const height = g.outHeight + g.dilation * (g.kernelHeight - 1);
	const width = g.outWidth + g.dilation * (g.kernelWidth - 1);
	const rowSource = sourceAxis(g.height, g.stride, top, height);
	const columnSource = sourceAxis(g.width, g.stride, left, width);
	const zeroInserted = zeros([g.batch, g.inChannels, height, width]);
	for (let plane = 0; plane < g.batch * g.inChannels; plane++) {
		for (let y = 0; y < height; y++) {
			if (rowSource[y] < 0) continue;
			for (let x = 0; x < width; x++) {
				if (columnSource[x] < 0) continue;
				zeroInserted.data[(plane * height + y) * width + x] =
					input.data[(plane * g.height + rowSource[y]) * g.width + columnSource[x]];
			}
		}
	}
	const flippedKernel = zeros([g.outChannels, g.inChannels, g.kernelHeight, g.kernelWidth]);
	for (let ci = 0; ci < g.inChannels; ci++) {
		for (let co = 0; co < g.outChannels; co++) {
			for (let ky = 0; ky < g.kernelHeight; ky++) {
				for (let kx = 0; kx < g.kernelWidth; kx++) {
					flippedKernel.data[
						((co * g.inChannels + ci) * g.kernelHeight + ky) * g.kernelWidth + kx
					] =
						weight.data[
							((ci * g.outChannels + co) * g.kernelHeight + (g.kernelHeight - 1 - ky)) *
								g.kernelWidth +
								(g.kernelWidth - 1 - kx)
						];
				}
			}
		}
	}
	return {
		zeroInserted,
		flippedKernel,
		rowSource,
		columnSource,
		border: { top, left },
		geometry: g
	};
}
