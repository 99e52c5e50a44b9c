/**
 * Images as tensors. A picture of width W and height H with C channels becomes a tensor of shape
 * [1, C, H, W] (one image, channels first), values 0-255 as in the file: the shape every op of the
 * engine takes, so an image goes from a lesson's figure to a convolution unchanged.
 */
import { type Tensor, zeros } from './tensor';

export const CHANNEL_NAMES = ['r', 'g', 'b', 'a'] as const;

/**
 * Interleaved RGBA bytes (as in a canvas's ImageData) to a [1, C, H, W] tensor.
 * `fromRGBA(imageData.data, 32, 24, 3)` keeps r, g, b; `channels = 4` keeps alpha too.
 */
export function fromRGBA(
	pixels: ArrayLike<number>,
	width: number,
	height: number,
	channels: 1 | 3 | 4 = 4
): Tensor {
	if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
		throw new RangeError(
			`an image needs a whole width and height of at least 1, got ${width} x ${height}`
		);
	}
	if (pixels.length !== width * height * 4) {
		throw new RangeError(
			`${pixels.length} bytes is not a ${width} x ${height} RGBA image, which has ${width * height * 4}`
		);
	}
	const image = zeros([1, channels, height, width]);
	const plane = width * height;
	for (let i = 0; i < plane; i++) {
		if (channels === 1) {
			// Luma (ITU-R BT.601), the usual way to turn colour into grey.
			image.data[i] = 0.299 * pixels[i * 4] + 0.587 * pixels[i * 4 + 1] + 0.114 * pixels[i * 4 + 2];
			continue;
		}
		for (let c = 0; c < channels; c++) image.data[c * plane + i] = pixels[i * 4 + c];
	}
	return image;
}

/**
 * A [1, C, H, W] tensor back to interleaved RGBA bytes for drawing (values clamped to 0-255;
 * a missing alpha channel is opaque, a single channel is grey).
 * `toRGBA(image)` -> Uint8ClampedArray of length 4 * H * W
 */
export function toRGBA(image: Tensor): Uint8ClampedArray {
	const [, channels, height, width] = image.shape;
	const plane = width * height;
	const out = new Uint8ClampedArray(plane * 4);
	for (let i = 0; i < plane; i++) {
		for (let c = 0; c < 3; c++) {
			out[i * 4 + c] = image.data[(channels >= 3 ? c : 0) * plane + i];
		}
		out[i * 4 + 3] = channels === 4 ? image.data[3 * plane + i] : 255;
	}
	return out;
}

/** The channel values of one pixel. `pixelAt(robot, 5, 4)` -> [255, 255, 255, 255] */
export function pixelAt(image: Tensor, row: number, column: number): number[] {
	const [, channels, height, width] = image.shape;
	if (row < 0 || row >= height || column < 0 || column >= width) {
		throw new RangeError(`pixel (${row}, ${column}) is outside a ${width} x ${height} image`);
	}
	const values: number[] = [];
	for (let c = 0; c < channels; c++) values.push(image.data[(c * height + row) * width + column]);
	return values;
}
