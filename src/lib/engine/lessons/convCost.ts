/**
 * What a convolution costs: how many parameters it learns and how many multiply-adds one image takes,
 * for the ordinary convolution and its family (dilated, transposed, depthwise-separable), so lesson 4
 * can put them side by side on the same shapes. Multiply-adds count every kernel tap of every output,
 * padding included, as deep-learning libraries and papers do.
 */

import { convOutputSize, effectiveKernel, transposedOutputSize } from '../shape';

/** The shapes shared by every member of the family. Square images and kernels. */
export interface ConvCostShape {
	/** Input height and width. */
	input: number;
	inChannels: number;
	outChannels: number;
	kernel: number;
	stride?: number;
	padding?: number;
	/** Used by the dilated convolution only. */
	dilation?: number;
}

/** One line of the comparison. */
export interface ConvCost {
	kind: 'standard' | 'dilated' | 'transposed' | 'depthwise-separable';
	/** Output height (= width). */
	output: number;
	/** Weights (and biases) it learns. */
	weights: number;
	biases: number;
	parameters: number;
	/** Multiply-adds for one image. */
	multiplyAdds: number;
	/** Span of the kernel on the input (differs from `kernel` only when dilated). */
	span: number;
	/**
	 * Transposed only: multiply-adds of the same result computed as an ordinary convolution over the
	 * zero-inserted input (most of those products are with an inserted zero).
	 */
	multiplyAddsAsConvolution?: number;
	/** Depthwise-separable only: the two stages. */
	stages?: {
		depthwise: { parameters: number; multiplyAdds: number };
		pointwise: { parameters: number; multiplyAdds: number };
	};
}

/**
 * Ordinary convolution: Cout·Cin·K² weights + Cout biases; O²·Cout·Cin·K² multiply-adds.
 * `standardCost({ input: 32, inChannels: 3, outChannels: 16, kernel: 3, padding: 1 }).parameters === 448`
 */
export function standardCost(shape: ConvCostShape): ConvCost {
	return ordinaryCost('standard', shape, 1);
}

/**
 * Dilated convolution: the same weights as the ordinary one, spread over a span K + (K-1)(D-1);
 * the output is smaller, so there are fewer multiply-adds.
 * `dilatedCost({ input: 7, inChannels: 1, outChannels: 1, kernel: 3, dilation: 2 }).output === 3`
 */
export function dilatedCost(shape: ConvCostShape): ConvCost {
	return ordinaryCost('dilated', shape, shape.dilation ?? 2);
}

/** The ordinary convolution with its kernel spread by `dilation` (1: side by side). */
function ordinaryCost(
	kind: 'standard' | 'dilated',
	shape: ConvCostShape,
	dilation: number
): ConvCost {
	const { input, kernel, stride = 1, padding = 0 } = shape;
	const output = convOutputSize({ input, kernel, stride, padding, dilation });
	const bank = filterBank(shape);
	return {
		kind,
		output,
		...bank,
		multiplyAdds: output * output * bank.weights,
		span: effectiveKernel(kernel, dilation)
	};
}

/**
 * One bank of Cout filters of Cin·K² weights with a bias each: what the ordinary, dilated and transposed
 * convolutions learn.
 */
function filterBank({ inChannels, outChannels, kernel }: ConvCostShape) {
	const weights = outChannels * inChannels * kernel * kernel;
	return { weights, biases: outChannels, parameters: weights + outChannels };
}

/**
 * Transposed convolution: Cin·Cout·K² weights + Cout biases. Each input cell stamps its kernels once:
 * I²·Cin·Cout·K² multiply-adds (stamps cropped by the padding included). As an ordinary convolution over
 * the zero-inserted input it would take O²·Cout·Cin·K².
 * `transposedCost({ input: 3, inChannels: 1, outChannels: 1, kernel: 3, stride: 2 }).output === 7`
 */
export function transposedCost(shape: ConvCostShape): ConvCost {
	const { input, kernel, stride = 1, padding = 0 } = shape;
	const output = transposedOutputSize({ input, kernel, stride, padding });
	const bank = filterBank(shape);
	return {
		kind: 'transposed',
		output,
		...bank,
		multiplyAdds: input * input * bank.weights,
		span: kernel,
		multiplyAddsAsConvolution: output * output * bank.weights
	};
}

/**
 * Depthwise-separable convolution: a K x K kernel per input channel (Cin·K² weights + Cin biases), then
 * a 1 x 1 convolution mixing the channels (Cin·Cout weights + Cout biases).
 * `depthwiseSeparableCost({ input: 32, inChannels: 3, outChannels: 16, kernel: 3, padding: 1 }).parameters === 94`
 */
export function depthwiseSeparableCost(shape: ConvCostShape): ConvCost {
	const { input, inChannels, outChannels, kernel, stride = 1, padding = 0 } = shape;
	const output = convOutputSize({ input, kernel, stride, padding });
	const depthwiseWeights = inChannels * kernel * kernel;
	const pointwiseWeights = inChannels * outChannels;
	const depthwise = {
		parameters: depthwiseWeights + inChannels,
		multiplyAdds: output * output * depthwiseWeights
	};
	const pointwise = {
		parameters: pointwiseWeights + outChannels,
		multiplyAdds: output * output * pointwiseWeights
	};
	return {
		kind: 'depthwise-separable',
		output,
		weights: depthwiseWeights + pointwiseWeights,
		biases: inChannels + outChannels,
		parameters: depthwise.parameters + pointwise.parameters,
		multiplyAdds: depthwise.multiplyAdds + pointwise.multiplyAdds,
		span: kernel,
		stages: { depthwise, pointwise }
	};
}
