// Window rows for convolution (im2col and its adjoint col2im) and bias additions, in WebAssembly.
// Pointers are byte offsets into this module's memory; sizes count floats.
//
// im2col lays one example's windows out as a (channels * kh * kw) x (outHeight * outWidth) matrix:
// row (c, ky, kx) holds, for every output position, the input pixel that kernel tap sees (0 in the
// padding). Output positions run along the rows, so the matrix products vectorise along them.

import { copyFloats } from './floats';

/**
 * One example's windows, row (c, ky, kx), column (oy, ox): input(c, oy*sy - pt + ky*dy, ox*sx - pl + kx*dx).
 */
export function im2col(
	input: usize,
	channels: i32,
	height: i32,
	width: i32,
	kh: i32,
	kw: i32,
	sy: i32,
	sx: i32,
	pt: i32,
	pl: i32,
	dy: i32,
	dx: i32,
	oh: i32,
	ow: i32,
	col: usize
): void {
	let out = col;
	const rowBytes = (<usize>ow) << 2;
	for (let c = 0; c < channels; c++) {
		const plane = input + ((<usize>c * <usize>height * <usize>width) << 2);
		for (let ky = 0; ky < kh; ky++) {
			for (let kx = 0; kx < kw; kx++) {
				const x0 = kx * dx - pl;
				// Output columns whose pixel lies inside the image: [first, last).
				let first = 0;
				while (first < ow && x0 + first * sx < 0) first++;
				let last = ow;
				while (last > first && x0 + (last - 1) * sx >= width) last--;
				for (let oy = 0; oy < oh; oy++) {
					const y = oy * sy - pt + ky * dy;
					if (y < 0 || y >= height || first >= last) {
						zeros(out, ow);
						out += rowBytes;
						continue;
					}
					const row = plane + ((<usize>y * <usize>width) << 2);
					if (first > 0) zeros(out, first);
					if (sx == 1) {
						copyFloats(
							out + ((<usize>first) << 2),
							row + ((<usize>(x0 + first)) << 2),
							last - first
						);
					} else {
						for (let ox = first; ox < last; ox++) {
							store<f32>(out + ((<usize>ox) << 2), load<f32>(row + ((<usize>(x0 + ox * sx)) << 2)));
						}
					}
					if (last < ow) zeros(out + ((<usize>last) << 2), ow - last);
					out += rowBytes;
				}
			}
		}
	}
}

/** Writes `count` zeros from `to` (v128 stores: the rows are too short for memory.fill, see floats.ts). */
function zeros(to: usize, count: i32): void {
	const end = to + ((<usize>count) << 2);
	const zero = f32x4.splat(0);
	for (; to + 16 <= end; to += 16) v128.store(to, zero);
	for (; to < end; to += 4) store<f32>(to, 0);
}

/**
 * The adjoint of im2col: overwrites one example's input gradient with the sum, for every pixel, of the
 * window-row values copied from it. Padding positions are dropped.
 */
export function col2im(
	col: usize,
	channels: i32,
	height: i32,
	width: i32,
	kh: i32,
	kw: i32,
	sy: i32,
	sx: i32,
	pt: i32,
	pl: i32,
	dy: i32,
	dx: i32,
	oh: i32,
	ow: i32,
	output: usize
): void {
	memory.fill(output, 0, (<usize>channels * <usize>height * <usize>width) << 2);
	let src = col;
	const rowBytes = (<usize>ow) << 2;
	for (let c = 0; c < channels; c++) {
		const plane = output + ((<usize>c * <usize>height * <usize>width) << 2);
		for (let ky = 0; ky < kh; ky++) {
			for (let kx = 0; kx < kw; kx++) {
				const x0 = kx * dx - pl;
				let first = 0;
				while (first < ow && x0 + first * sx < 0) first++;
				let last = ow;
				while (last > first && x0 + (last - 1) * sx >= width) last--;
				for (let oy = 0; oy < oh; oy++) {
					const y = oy * sy - pt + ky * dy;
					if (y >= 0 && y < height) {
						const row = plane + ((<usize>y * <usize>width) << 2);
						let ox = first;
						if (sx == 1) {
							const to = row + ((<usize>x0) << 2);
							for (; ox + 3 < last; ox += 4) {
								const at = to + ((<usize>ox) << 2);
								v128.store(at, f32x4.add(v128.load(at), v128.load(src + ((<usize>ox) << 2))));
							}
						}
						for (; ox < last; ox++) {
							const at = row + ((<usize>(x0 + ox * sx)) << 2);
							store<f32>(at, load<f32>(at) + load<f32>(src + ((<usize>ox) << 2)));
						}
					}
					src += rowBytes;
				}
			}
		}
	}
}

/** c[r, j] += bias[r % period] for r < rows, j < length: a convolution's bias, one value per channel. */
export function addRowBias(c: usize, rows: i32, period: i32, length: i32, bias: usize): void {
	let at = c;
	for (let r = 0; r < rows; r++) {
		const v = f32x4.splat(load<f32>(bias + ((<usize>(r % period)) << 2)));
		const end = at + ((<usize>length) << 2);
		for (; at + 16 <= end; at += 16) v128.store(at, f32x4.add(v128.load(at), v));
		for (; at < end; at += 4) store<f32>(at, load<f32>(at) + f32x4.extract_lane(v, 0));
	}
}

/**
 * The adjoint of addRowBias: out[r % period] += Σ_j c[r, j] for r < rows, j < length (out is not zeroed
 * here): a convolution's bias gradient, each channel's output gradient summed over the batch.
 */
export function rowBiasGradient(c: usize, rows: i32, period: i32, length: i32, out: usize): void {
	let at = c;
	for (let r = 0; r < rows; r++) {
		const end = at + ((<usize>length) << 2);
		let s0 = f32x4.splat(0);
		let s1 = s0;
		for (; at + 32 <= end; at += 32) {
			s0 = f32x4.add(s0, v128.load(at));
			s1 = f32x4.add(s1, v128.load(at, 16));
		}
		for (; at + 16 <= end; at += 16) s0 = f32x4.add(s0, v128.load(at));
		s0 = f32x4.add(s0, s1);
		let sum =
			f32x4.extract_lane(s0, 0) +
			f32x4.extract_lane(s0, 1) +
			f32x4.extract_lane(s0, 2) +
			f32x4.extract_lane(s0, 3);
		for (; at < end; at += 4) sum += load<f32>(at);
		const to = out + ((<usize>(r % period)) << 2);
		store<f32>(to, load<f32>(to) + sum);
	}
}

/** c[r, j] += bias[j] for r < rows, j < length: a dense layer's bias, one value per output. */
export function addColumnBias(c: usize, rows: i32, length: i32, bias: usize): void {
	let at = c;
	for (let r = 0; r < rows; r++) {
		let j = 0;
		for (; j + 3 < length; j += 4) {
			v128.store(at, f32x4.add(v128.load(at), v128.load(bias + ((<usize>j) << 2))));
			at += 16;
		}
		for (; j < length; j++) {
			store<f32>(at, load<f32>(at) + load<f32>(bias + ((<usize>j) << 2)));
			at += 4;
		}
	}
}
