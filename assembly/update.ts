// The optimiser's update in WebAssembly SIMD. Pointers are byte offsets into this module's memory; sizes
// count floats.
//
// The arithmetic is done in float64 lanes, in the order the JavaScript fallback writes it (JavaScript
// computes in float64 and rounds once when it stores into a Float32Array), so both paths give the same
// weights to the bit. Two float64 lanes per operation cost nothing next to the memory the update reads.

/** Four floats at `at` as two pairs of float64: the low pair. */
function low(v: v128): v128 {
	return f64x2.promote_low_f32x4(v);
}

/** The high pair. */
function high(v: v128): v128 {
	return f64x2.promote_low_f32x4(v128.shuffle<f32>(v, v, 2, 3, 0, 1));
}

/** Two pairs of float64 rounded back into four floats. */
function round(lo: v128, hi: v128): v128 {
	return v128.shuffle<f32>(f32x4.demote_f64x2_zero(lo), f32x4.demote_f64x2_zero(hi), 0, 1, 4, 5);
}

/**
 * SGD over `count` weights at `w` with their gradients at `g`: with a velocity (`v` not 0),
 * v = mu * v + g + decay * w and w = w - lr * v; without (`v` 0), w = w - lr * (g + decay * w).
 */
export function sgdUpdate(
	w: usize,
	g: usize,
	v: usize,
	count: i32,
	lr: f64,
	mu: f64,
	decay: f64
): void {
	const rate = f64x2.splat(lr);
	const momentum = f64x2.splat(mu);
	const shrink = f64x2.splat(decay);
	const tail = (<usize>(count & ~3)) << 2;
	for (let at: usize = 0; at < tail; at += 16) {
		const wv = v128.load(w + at);
		const gv = v128.load(g + at);
		const wLow = low(wv);
		const wHigh = high(wv);
		let stepLow = f64x2.add(low(gv), f64x2.mul(shrink, wLow));
		let stepHigh = f64x2.add(high(gv), f64x2.mul(shrink, wHigh));
		if (v) {
			const vv = v128.load(v + at);
			stepLow = f64x2.add(
				f64x2.add(f64x2.mul(momentum, low(vv)), low(gv)),
				f64x2.mul(shrink, wLow)
			);
			stepHigh = f64x2.add(
				f64x2.add(f64x2.mul(momentum, high(vv)), high(gv)),
				f64x2.mul(shrink, wHigh)
			);
			v128.store(v + at, round(stepLow, stepHigh));
		}
		const newLow = f64x2.sub(wLow, f64x2.mul(rate, stepLow));
		v128.store(w + at, round(newLow, f64x2.sub(wHigh, f64x2.mul(rate, stepHigh))));
	}
	const end = (<usize>count) << 2;
	for (let at = tail; at < end; at += 4) {
		const wi = <f64>load<f32>(w + at);
		let step = <f64>load<f32>(g + at) + decay * wi;
		if (v) {
			step = mu * <f64>load<f32>(v + at) + <f64>load<f32>(g + at) + decay * wi;
			store<f32>(v + at, <f32>step);
		}
		store<f32>(w + at, <f32>(wi - lr * step));
	}
}

/**
 * 1 when every one of `count` floats at `x` is a finite number, else 0. v * 0 is 0 for a finite v and NaN
 * for NaN and ±Infinity, and a NaN stays in a sum: four lanes of sums, no branch per value.
 */
export function allFinite(x: usize, count: i32): i32 {
	const zero = f32x4.splat(0);
	let s0 = zero;
	let s1 = zero;
	const end = x + ((<usize>count) << 2);
	let at = x;
	for (; at + 32 <= end; at += 32) {
		s0 = f32x4.add(s0, f32x4.mul(v128.load(at), zero));
		s1 = f32x4.add(s1, f32x4.mul(v128.load(at, 16), zero));
	}
	for (; at + 16 <= end; at += 16) s0 = f32x4.add(s0, f32x4.mul(v128.load(at), zero));
	let tail: f32 = 0;
	for (; at < end; at += 4) tail += load<f32>(at) * 0;
	return i32(v128.all_true<i32>(f32x4.eq(f32x4.add(s0, s1), zero)) && tail == 0);
}
