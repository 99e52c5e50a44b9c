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

/** Pooling settings of a layer, in kernel terms. */
export type PoolGeometry = WindowGeometry;
