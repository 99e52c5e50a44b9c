import type { WindowGeometry } from './geometry';

/**
 * Unfolds the windows of one example (channels x height x width, read from `inputOffset`) into rows
 * ("im2row", the transpose of the classic im2col): row (oy, ox) holds the window at that output position,
 * channel by channel, kernel row by kernel row: input(c, oy*sy - pt + ky*dy, ox*sx - pl + kx*dx), zero where
 * the window reaches into the padding. `rows` gets (outHeight * outWidth) rows of (channels * kh * kw).
 * `im2row(image, 0, g, rows, 0)`
 */
export function im2row(
	input: Float32Array,
	inputOffset: number,
	g: WindowGeometry,
	rows: Float32Array,
	rowsOffset: number
): void {
	const { channels, height, width, kernelHeight, kernelWidth, strideY, strideX } = g;
	const { padTop, padLeft, dilationY, dilationX, outHeight, outWidth } = g;
	const plane = height * width;
	const rowLength = channels * kernelHeight * kernelWidth;
	const span = (kernelWidth - 1) * dilationX;
	for (let oy = 0; oy < outHeight; oy++) {
		const y0 = oy * strideY - padTop;
		const rowStart = rowsOffset + oy * outWidth * rowLength;
		for (let c = 0; c < channels; c++) {
			for (let ky = 0; ky < kernelHeight; ky++) {
				const y = y0 + ky * dilationY;
				// Offset of this (channel, kernel row) inside every window row.
				let r = rowStart + (c * kernelHeight + ky) * kernelWidth;
				if (y < 0 || y >= height) {
					for (let ox = 0; ox < outWidth; ox++, r += rowLength) {
						for (let kx = 0; kx < kernelWidth; kx++) rows[r + kx] = 0;
					}
					continue;
				}
				const src = inputOffset + c * plane + y * width;
				for (let ox = 0; ox < outWidth; ox++, r += rowLength) {
					const x0 = ox * strideX - padLeft;
					if (x0 >= 0 && x0 + span < width) {
						const from = src + x0;
						for (let kx = 0; kx < kernelWidth; kx++) rows[r + kx] = input[from + kx * dilationX];
					} else {
						for (let kx = 0; kx < kernelWidth; kx++) {
							const x = x0 + kx * dilationX;
							rows[r + kx] = x >= 0 && x < width ? input[src + x] : 0;
						}
					}
				}
			}
		}
	}
}

/**
 * The adjoint of im2row: adds every row value back onto the input pixel it was copied from, so a pixel
 * shared by several windows receives the sum of their gradients. Padding positions are dropped. Rows that
 * are entirely zero (no gradient reached that output position) are skipped.
 * `row2im(gradRows, 0, g, gradImage, 0)` (gradImage is overwritten)
 */
export function row2im(
	rows: Float32Array,
	rowsOffset: number,
	g: WindowGeometry,
	output: Float32Array,
	outputOffset: number,
	activePositions: Uint8Array | null
): void {
	const { channels, height, width, kernelHeight, kernelWidth, strideY, strideX } = g;
	const { padTop, padLeft, dilationY, dilationX, outHeight, outWidth } = g;
	const plane = height * width;
	const rowLength = channels * kernelHeight * kernelWidth;
	output.fill(0, outputOffset, outputOffset + channels * plane);
	let position = 0;
	for (let oy = 0; oy < outHeight; oy++) {
		const y0 = oy * strideY - padTop;
		for (let ox = 0; ox < outWidth; ox++, position++) {
			if (activePositions && activePositions[position] === 0) continue;
			const x0 = ox * strideX - padLeft;
			let kxStart = 0;
			while (kxStart < kernelWidth && x0 + kxStart * dilationX < 0) kxStart++;
			let kxEnd = kernelWidth;
			while (kxEnd > kxStart && x0 + (kxEnd - 1) * dilationX >= width) kxEnd--;
			let r = rowsOffset + position * rowLength;
			for (let c = 0; c < channels; c++) {
				const channelStart = outputOffset + c * plane;
				for (let ky = 0; ky < kernelHeight; ky++) {
					const y = y0 + ky * dilationY;
					if (y >= 0 && y < height) {
						const dst = channelStart + y * width + x0;
						for (let kx = kxStart; kx < kxEnd; kx++) output[dst + kx * dilationX] += rows[r + kx];
					}
					r += kernelWidth;
				}
			}
		}
	}
}
