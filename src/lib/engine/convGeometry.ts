/**
 * The geometry of a 2-D convolution: its settings, the shapes they give, and the checks that say what
 * to change when they do not fit together. Shared by the readable convolution (conv.ts), the
 * transposed one and the fast layers.
 * `convGeometry([1, 1, 5, 5], [1, 1, 3, 3], { padding: 1 }).outHeight === 5`
 */

import { convOutputSize, expectRank, expectShape, ShapeError } from './shape';
import { shapeString, type Shape, type Tensor } from './tensor';

/** The settings every convolution has, the same along height and width. */
export interface WindowOptions {
	/** Step between windows. Default 1. */
	stride?: number;
	/** Zeros added on every side. Default 0. */
	padding?: number;
	/** Spacing between kernel taps. Default 1. */
	dilation?: number;
}

/** Convolution settings; stride, padding and dilation are the same along height and width. */
export interface ConvOptions extends WindowOptions {
	/** Channel groups: 1 = ordinary, C = depthwise. Default 1. */
	groups?: number;
}

/** What every kind of convolution's geometry holds: the batch, the planes (input, kernel, output), settings. */
export interface PlaneGeometry {
	batch: number;
	height: number;
	width: number;
	kernelHeight: number;
	kernelWidth: number;
	outHeight: number;
	outWidth: number;
	stride: number;
	padding: number;
	dilation: number;
}

/** Every shape and setting of one convolution, after validation. */
export interface ConvGeometry extends PlaneGeometry {
	channels: number;
	filters: number;
	groups: number;
	/** Input channels each filter sees (channels / groups). */
	channelsPerGroup: number;
	/** Filters in each group (filters / groups). */
	filtersPerGroup: number;
}

/** How one kind of convolution (ordinary, transposed) reads its input and weight shapes. */
export interface ConvKind<Options extends WindowOptions, Own> {
	/** The axes of the input and of the weight, named in the message when one is not 4-D. */
	inputAxes: string;
	weightAxes: string;
	/** Checks the channels (after the ranks, before the sizes) and gives the rest of the geometry. */
	own(inputShape: Shape, weightShape: Shape, options: Options): Own;
	/** The output's size along one axis, from the options as given (it applies their defaults). */
	size(axis: { input: number; kernel: number } & Options): number;
}

/** A geometry function: `convGeometry(inputShape, weightShape, options)`. */
export type GeometryOf<Options, Geometry> = (
	inputShape: Shape,
	weightShape: Shape,
	options?: Options
) => Geometry;

/**
 * The geometry function of one kind of convolution: it checks that both shapes are 4-D, lets the kind
 * check its channels, then sizes the output plane, height first; each check throws a ShapeError saying
 * what to change. `export const convGeometry = geometryOf(ordinary)`
 */
export function geometryOf<Options extends WindowOptions, Own>(
	kind: ConvKind<Options, Own>
): GeometryOf<Options, PlaneGeometry & Own> {
	return (inputShape, weightShape, options = {} as Options) => {
		const { stride = 1, padding = 0, dilation = 1 } = options;
		expectRank('input', inputShape, 4, kind.inputAxes);
		expectRank('weight', weightShape, 4, kind.weightAxes);
		const own = kind.own(inputShape, weightShape, options);
		const [batch, , height, width] = inputShape;
		const [, , kernelHeight, kernelWidth] = weightShape;
		return {
			batch,
			height,
			width,
			kernelHeight,
			kernelWidth,
			outHeight: kind.size({ ...options, input: height, kernel: kernelHeight }),
			outWidth: kind.size({ ...options, input: width, kernel: kernelWidth }),
			stride,
			padding,
			dilation,
			...own
		};
	};
}

const ordinary: ConvKind<ConvOptions, Omit<ConvGeometry, keyof PlaneGeometry>> = {
	inputAxes: '[batch, channels, height, width]',
	weightAxes: '[filters, channels / groups, kernelHeight, kernelWidth]',
	own(inputShape, weightShape, { groups = 1 }) {
		const channels = inputShape[1];
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
		return { channels, filters, groups, channelsPerGroup, filtersPerGroup: filters / groups };
	},
	size: convOutputSize
};

/**
 * Checks the shapes of a convolution and returns its geometry; throws a ShapeError saying what to change.
 * `convGeometry([1, 3, 7, 7], [8, 3, 3, 3], { stride: 2, padding: 1 }).outHeight === 4`
 */
export const convGeometry: GeometryOf<ConvOptions, ConvGeometry> = geometryOf(ordinary);

/** Throws a ShapeError unless the bias is null or has one value per filter. */
export function checkBias(bias: Tensor | null, filters: number): void {
	if (bias !== null) expectShape('bias', bias.shape, [filters]);
}
