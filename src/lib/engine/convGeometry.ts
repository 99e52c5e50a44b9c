/**
 * The geometry of a 2-D convolution: its settings, the shapes they give, and the checks that say what
 * to change when they do not fit together. Shared by the readable convolution (conv.ts), the
 * transposed one and the fast layers.
 * `convGeometry([1, 1, 5, 5], [1, 1, 3, 3], { padding: 1 }).outHeight === 5`
 */

import { convOutputSize, expectRank, expectShape, ShapeError } from './shape';
import { shapeString, type Shape, type Tensor } from './tensor';

/** Convolution settings; stride, padding and dilation are the same along height and width. */
export interface ConvOptions {
	/** Step between windows. Default 1. */
	stride?: number;
	/** Zeros added on every side. Default 0. */
	padding?: number;
	/** Spacing between kernel taps. Default 1. */
	dilation?: number;
	/** Channel groups: 1 = ordinary, C = depthwise. Default 1. */
	groups?: number;
}

/** Every shape and setting of one convolution, after validation. */
export interface ConvGeometry {
	batch: number;
	channels: number;
	height: number;
	width: number;
	filters: number;
	kernelHeight: number;
	kernelWidth: number;
	outHeight: number;
	outWidth: number;
	stride: number;
	padding: number;
	dilation: number;
	groups: number;
	/** Input channels each filter sees (channels / groups). */
	channelsPerGroup: number;
	/** Filters in each group (filters / groups). */
	filtersPerGroup: number;
}

/**
 * Checks the shapes of a convolution and returns its geometry; throws a ShapeError saying what to change.
 * `convGeometry([1, 3, 7, 7], [8, 3, 3, 3], { stride: 2, padding: 1 }).outHeight === 4`
 */
export function convGeometry(
	inputShape: Shape,
	weightShape: Shape,
	options: ConvOptions = {}
): ConvGeometry {
	const { stride = 1, padding = 0, dilation = 1, groups = 1 } = options;
	expectRank('input', inputShape, 4, '[batch, channels, height, width]');
	expectRank('weight', weightShape, 4, '[filters, channels / groups, kernelHeight, kernelWidth]');
	const [batch, channels, height, width] = inputShape;
	const [filters, channelsPerGroup, kernelHeight, kernelWidth] = weightShape;
	if (!Number.isInteger(groups) || groups < 1) {
		throw new ShapeError(
			`groups ${groups} is not possible: use a whole number >= 1 (1 = ordinary convolution)`
		);
	}
	if (channels % groups !== 0) {
		throw new ShapeError(
			`${channels} input channels cannot be split into ${groups} groups: use a number of groups that divides ${channels}`
		);
	}
	if (filters % groups !== 0) {
		throw new ShapeError(
			`${filters} filters cannot be split into ${groups} groups: use a number of filters that is a multiple of ${groups}`
		);
	}
	if (channelsPerGroup !== channels / groups) {
		throw new ShapeError(
			`weight ${shapeString(weightShape)} sees ${channelsPerGroup} channels per filter, but the input has ${channels} channels in ${groups} group${groups === 1 ? '' : 's'}: give the weight shape [${filters}, ${channels / groups}, ${kernelHeight}, ${kernelWidth}]`
		);
	}
	const outHeight = convOutputSize({
		input: height,
		kernel: kernelHeight,
		stride,
		padding,
		dilation
	});
	const outWidth = convOutputSize({ input: width, kernel: kernelWidth, stride, padding, dilation });
	return {
		batch,
		channels,
		height,
		width,
		filters,
		kernelHeight,
		kernelWidth,
		outHeight,
		outWidth,
		stride,
		padding,
		dilation,
		groups,
		channelsPerGroup,
		filtersPerGroup: filters / groups
	};
}

/** Throws a ShapeError unless the bias is null or has one value per filter. */
export function checkBias(bias: Tensor | null, filters: number): void {
	if (bias !== null) expectShape('bias', bias.shape, [filters]);
}
