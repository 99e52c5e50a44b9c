// The direct convolution's layouts (see direct.ts), in WebAssembly SIMD: the input padded into planes of
// hp x wp, and the wide rows of the product narrowed to the output. Pointers are byte offsets into this
// module's memory; sizes and offsets count floats.

import { copyFloats } from './floats';

/**
 * Writes `channels` planes of height x width from `x` into planes of hp x wp at `out`, shifted by padTop
 * rows and padLeft columns, with zeros around: the padded input.
 */
export function padPlanes(
	x: usize,
	channels: i32,
	height: i32,
	width: i32,
	padTop: i32,
	padLeft: i32,
	hp: i32,
	wp: i32,
	out: usize
): void {
	memory.fill(out, 0, (<usize>channels * <usize>hp * <usize>wp) << 2);
	copyOverlap(x, out, channels, height, width, padTop, padLeft, hp, wp, true);
}

/** The adjoint of padPlanes: the hp x wp planes at `padded`, cropped back to height x width at `out`. */
export function cropPlanes(
	padded: usize,
	channels: i32,
	height: i32,
	width: i32,
	padTop: i32,
	padLeft: i32,
	hp: i32,
	wp: i32,
	out: usize
): void {
	memory.fill(out, 0, (<usize>channels * <usize>height * <usize>width) << 2);
	copyOverlap(out, padded, channels, height, width, padTop, padLeft, hp, wp, false);
}

/**
 * Copies the pixels that the height x width planes at `plain` and the hp x wp planes at `padded` (shifted
 * by padTop rows and padLeft columns) have in common: into the padded planes when `intoPadded`, else
 * out of them. One loop for padPlanes and cropPlanes, so the two stay each other's adjoint.
 */
function copyOverlap(
	plain: usize,
	padded: usize,
	channels: i32,
	height: i32,
	width: i32,
	padTop: i32,
	padLeft: i32,
	hp: i32,
	wp: i32,
	intoPadded: bool
): void {
	const firstX = max(0, -padLeft);
	const lastX = min(width, wp - padLeft);
	if (firstX >= lastX) return;
	for (let c = 0; c < channels; c++) {
		for (let y = max(0, -padTop); y < min(height, hp - padTop); y++) {
			const inPlain = plain + ((<usize>((c * height + y) * width + firstX)) << 2);
			const inPadded = padded + ((<usize>((c * hp + y + padTop) * wp + padLeft + firstX)) << 2);
			if (intoPadded) copyFloats(inPadded, inPlain, lastX - firstX);
			else copyFloats(inPlain, inPadded, lastX - firstX);
		}
	}
}

/**
 * From wide rows to the output: out[r, oy, ox] = wide[r * ldw + oy * wp + ox] (+ bias[r % period] when
 * `bias` is not 0), for r < rows, oy < oh, ox < ow.
 */
export function narrowRows(
	wide: usize,
	ldw: i32,
	wp: i32,
	rows: i32,
	oh: i32,
	ow: i32,
	out: usize,
	bias: usize,
	period: i32
): void {
	let to = out;
	for (let r = 0; r < rows; r++) {
		const b = f32x4.splat(bias ? load<f32>(bias + ((<usize>(r % period)) << 2)) : 0);
		const row = wide + ((<usize>(r * ldw)) << 2);
		for (let oy = 0; oy < oh; oy++) {
			let from = row + ((<usize>(oy * wp)) << 2);
			const end = to + ((<usize>ow) << 2);
			for (; to + 16 <= end; to += 16, from += 16) v128.store(to, f32x4.add(v128.load(from), b));
			for (; to < end; to += 4, from += 4) {
				store<f32>(to, load<f32>(from) + f32x4.extract_lane(b, 0));
			}
		}
	}
}

/** The adjoint of narrowRows (without bias): wide[r * ldw + oy * wp + ox] = out[r, oy, ox], zeros between. */
export function widenRows(
	out: usize,
	rows: i32,
	oh: i32,
	ow: i32,
	wide: usize,
	ldw: i32,
	wp: i32
): void {
	memory.fill(wide, 0, (<usize>rows * <usize>ldw) << 2);
	let from = out;
	for (let r = 0; r < rows; r++) {
		const row = wide + ((<usize>(r * ldw)) << 2);
		for (let oy = 0; oy < oh; oy++) {
			copyFloats(row + ((<usize>(oy * wp)) << 2), from, ow);
			from += (<usize>ow) << 2;
		}
	}
}
