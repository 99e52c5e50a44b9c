/** The shapes the fast kernels work with: one window sweep, a convolution, a pooling. */

/** Geometry of a 2-D window sweep (convolution or pooling) over one example. */
export interface WindowGeometry {
	readonly channels: number;
	readonly height: number;
	readonly width: number;
	readonly kernelHeight: number;
	readonly kernelWidth: number;
	readonly strideY: number;
	readonly strideX: number;
	readonly padTop: number;
	readonly padLeft: number;
	readonly dilationY: number;
	readonly dilationX: number;
	readonly outHeight: number;
	readonly outWidth: number;
}

/** Convolution settings of a layer, in kernel terms. */
export interface ConvGeometry extends WindowGeometry {
	readonly outChannels: number;
	readonly groups: number;
}

/** Length of one im2row row: the values of one window across all channels. */
export function windowLength(g: ConvGeometry): number {
	return g.channels * g.kernelHeight * g.kernelWidth;
}

/** The sizes a convolution's kernels lay their buffers out by, per example. */
export interface ConvSizes {
	/** Output positions per channel, outHeight * outWidth. */
	positions: number;
	/** Values of one input example, channels * height * width. */
	inSize: number;
	/** Values of one output example, outChannels * positions. */
	outSize: number;
	/** One window across all channels (windowLength), and one group's share of it. */
	rowLength: number;
	groupLength: number;
	/** Filters per group. */
	outPerGroup: number;
}

/** A convolution's sizes per example. `const { inSize, outSize } = convSizes(g)` */
export function convSizes(g: ConvGeometry): ConvSizes {
	const positions = g.outHeight * g.outWidth;
	const rowLength = windowLength(g);
	return {
		positions,
		inSize: g.channels * g.height * g.width,
		outSize: g.outChannels * positions,
		rowLength,
		groupLength: rowLength / g.groups,
		outPerGroup: g.outChannels / g.groups
	};
}

/** Pooling settings of a layer, in kernel terms. */
export type PoolGeometry = WindowGeometry;
