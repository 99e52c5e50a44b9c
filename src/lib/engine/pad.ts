/**
 * Zero padding as an op of its own: a border of `padding` cells of a constant (zero by default) added
 * around every channel of an NCHW tensor. A convolution with padding P reads exactly this padded
 * tensor; the padding lesson draws it. The channel count never changes: every channel gets its border.
 */

import { expectRank, ShapeError } from './shape';
import { shapeString, zeros, type Tensor } from './tensor';

function checkPadding(padding: number): void {
	if (!Number.isInteger(padding) || padding < 0) {
		throw new ShapeError(
			`padding ${padding} is not possible: padding must be a whole number >= 0; use padding 0 for no border`
		);
	}
}

/**
 * Adds `padding` cells of `value` on every side of each channel: [N, C, H, W] gives
 * [N, C, H + 2P, W + 2P].
 * `pad2d(image, 2).shape` is [1, 3, 36, 36] for a [1, 3, 32, 32] image.
 */
export function pad2d(input: Tensor, padding: number, value = 0): Tensor {
	expectRank('input', input.shape, 4, '[batch, channels, height, width]');
	checkPadding(padding);
	if (!Number.isFinite(value)) {
		throw new ShapeError(`padding value ${value} is not a finite number: use 0 for zero padding`);
	}
	const [batch, channels, height, width] = input.shape;
	const outHeight = height + 2 * padding;
	const outWidth = width + 2 * padding;
	const output = zeros([batch, channels, outHeight, outWidth]);
	if (value !== 0) output.data.fill(value);
	for (let plane = 0; plane < batch * channels; plane++) {
		for (let y = 0; y < height; y++) {
			const from = (plane * height + y) * width;
			const to = (plane * outHeight + y + padding) * outWidth + padding;
			output.data.set(input.data.subarray(from, from + width), to);
		}
	}
	return output;
}

/**
 * Backward pass of pad2d: the gradient of the padded tensor, cropped back to the original cells
 * (the border is constant, so it passes no gradient on).
 * `pad2dBackward(gradPadded, 2)` turns [1, 3, 36, 36] back into [1, 3, 32, 32].
 */
export function pad2dBackward(gradOutput: Tensor, padding: number): Tensor {
	expectRank('gradOutput', gradOutput.shape, 4, '[batch, channels, height, width]');
	checkPadding(padding);
	const [batch, channels, outHeight, outWidth] = gradOutput.shape;
	const height = outHeight - 2 * padding;
	const width = outWidth - 2 * padding;
	if (height < 1 || width < 1) {
		throw new ShapeError(
			`gradOutput ${shapeString(gradOutput.shape)} is too small to remove padding ${padding} on each side: use padding at most ${Math.floor((Math.min(outHeight, outWidth) - 1) / 2)}`
		);
	}
	const gradInput = zeros([batch, channels, height, width]);
	for (let plane = 0; plane < batch * channels; plane++) {
		for (let y = 0; y < height; y++) {
			const from = (plane * outHeight + y + padding) * outWidth + padding;
			gradInput.data.set(
				gradOutput.data.subarray(from, from + width),
				(plane * height + y) * width
			);
		}
	}
	return gradInput;
}

/** True when (row, column) of a padded plane is a border cell added by pad2d. */
export function isPaddingCell(
	row: number,
	column: number,
	paddedHeight: number,
	paddedWidth: number,
	padding: number
): boolean {
	return (
		row < padding ||
		column < padding ||
		row >= paddedHeight - padding ||
		column >= paddedWidth - padding
	);
}
