// ReLU and 2 x 2 max pooling in WebAssembly SIMD. Pointers are byte offsets into this module's memory;
// sizes count floats.
//
// Both are cheap in arithmetic and dear in branches: on a feature map about half the values are
// negative, in no pattern, so a compare-and-branch per value mispredicts half the time (JavaScript runs
// ReLU at 5 to 10 ns a value here). Lane masks and selects have no branch to mispredict.

/** y = max(0, x) over `count` floats. f32x4.max keeps a NaN a NaN and turns -0 into 0, as the rule says. */
export function reluForward(x: usize, y: usize, count: i32): void {
	const zero = f32x4.splat(0);
	const end = x + ((<usize>count) << 2);
	const tail = x + ((<usize>(count & ~3)) << 2);
	for (; x < tail; x += 16, y += 16) v128.store(y, f32x4.max(v128.load(x), zero));
	for (; x < end; x += 4, y += 4) {
		const v = load<f32>(x);
		store<f32>(y, v > 0 ? v : v != v ? v : 0);
	}
}

/** gradX = gradY where y > 0, else 0, over `count` floats (y is the forward's output). */
export function reluBackward(y: usize, gradY: usize, gradX: usize, count: i32): void {
	const zero = f32x4.splat(0);
	const end = y + ((<usize>count) << 2);
	const tail = y + ((<usize>(count & ~3)) << 2);
	for (; y < tail; y += 16, gradY += 16, gradX += 16) {
		v128.store(gradX, v128.and(v128.load(gradY), f32x4.gt(v128.load(y), zero)));
	}
	for (; y < end; y += 4, gradY += 4, gradX += 4) {
		store<f32>(gradX, load<f32>(y) > 0 ? load<f32>(gradY) : 0);
	}
}

/** Where `v` should replace the best so far: it is larger, or it is the first NaN (a NaN is never dropped). */
function beats(v: v128, best: v128): v128 {
	return v128.or(f32x4.gt(v, best), v128.and(f32x4.ne(v, v), f32x4.eq(best, best)));
}

/** The scalar rule of `beats`, for the last windows of a row. */
function beatsScalar(v: f32, best: f32): bool {
	return v > best || (v != v && best == best);
}

/**
 * Max pooling with 2 x 2 windows side by side (stride 2, no padding, no dilation) over `planes` planes of
 * height x width, giving outHeight x outWidth per plane (outHeight * 2 <= height, outWidth * 2 <= width).
 * `winners` receives, per output, the flat index of the winning pixel counted from `x`: top left, top right, bottom left, bottom right, the first one on a tie. Four windows at a time: two
 * rows of eight pixels, split into their even and odd columns.
 */
export function maxPool2x2(
	x: usize,
	planes: i32,
	height: i32,
	width: i32,
	outHeight: i32,
	outWidth: i32,
	y: usize,
	winners: usize
): void {
	const rowBytes = (<usize>width) << 2;
	const steps = i32x4(0, 2, 4, 6);
	const one = i32x4.splat(1);
	const down = i32x4.splat(width);
	let out = y;
	let win = winners;
	for (let p = 0; p < planes; p++) {
		for (let oy = 0; oy < outHeight; oy++) {
			const topIndex = (p * height + 2 * oy) * width;
			const top = x + ((<usize>topIndex) << 2);
			const bottom = top + rowBytes;
			let ox = 0;
			for (; ox + 3 < outWidth; ox += 4) {
				const at = (<usize>(2 * ox)) << 2;
				const t0 = v128.load(top + at);
				const t1 = v128.load(top + at, 16);
				const b0 = v128.load(bottom + at);
				const b1 = v128.load(bottom + at, 16);
				// The four pixels of each window, with their flat indices.
				const topLeft = i32x4.add(i32x4.splat(topIndex + 2 * ox), steps);
				const bottomLeft = i32x4.add(topLeft, down);
				let best = v128.shuffle<f32>(t0, t1, 0, 2, 4, 6);
				let index = topLeft;
				let v = v128.shuffle<f32>(t0, t1, 1, 3, 5, 7);
				let m = beats(v, best);
				best = v128.bitselect(v, best, m);
				index = v128.bitselect(i32x4.add(topLeft, one), index, m);
				v = v128.shuffle<f32>(b0, b1, 0, 2, 4, 6);
				m = beats(v, best);
				best = v128.bitselect(v, best, m);
				index = v128.bitselect(bottomLeft, index, m);
				v = v128.shuffle<f32>(b0, b1, 1, 3, 5, 7);
				m = beats(v, best);
				best = v128.bitselect(v, best, m);
				index = v128.bitselect(i32x4.add(bottomLeft, one), index, m);
				v128.store(out, best);
				v128.store(win, index);
				out += 16;
				win += 16;
			}
			for (; ox < outWidth; ox++) {
				const at = (<usize>(2 * ox)) << 2;
				let index = topIndex + 2 * ox;
				let best = load<f32>(top + at);
				let v = load<f32>(top + at, 4);
				if (beatsScalar(v, best)) {
					best = v;
					index = topIndex + 2 * ox + 1;
				}
				v = load<f32>(bottom + at);
				if (beatsScalar(v, best)) {
					best = v;
					index = topIndex + width + 2 * ox;
				}
				v = load<f32>(bottom + at, 4);
				if (beatsScalar(v, best)) {
					best = v;
					index = topIndex + width + 2 * ox + 1;
				}
				store<f32>(out, best);
				store<i32>(win, index);
				out += 4;
				win += 4;
			}
		}
	}
}

/** Max pooling backward: gradX (zeroed first, `inputs` floats) gets each output's gradient at its winner. */
export function maxPoolBackward(
	gradY: usize,
	winners: usize,
	count: i32,
	gradX: usize,
	inputs: i32
): void {
	memory.fill(gradX, 0, (<usize>inputs) << 2);
	for (let o = 0; o < count; o++) {
		const w = load<i32>(winners + ((<usize>o) << 2));
		if (w >= 0) {
			const at = gradX + ((<usize>w) << 2);
			store<f32>(at, load<f32>(at) + load<f32>(gradY + ((<usize>o) << 2)));
		}
	}
}
