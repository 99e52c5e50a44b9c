// Small helpers on runs of floats, shared by the kernels (inlined by the -O3 build). Pointers are byte
// offsets into this module's memory; counts are floats.

/** The sum of a vector's four lanes. */
export function hsum(v: v128): f32 {
	return (
		f32x4.extract_lane(v, 0) +
		f32x4.extract_lane(v, 1) +
		f32x4.extract_lane(v, 2) +
		f32x4.extract_lane(v, 3)
	);
}

/** Dot product of two contiguous runs of k floats, 4 at a time with two accumulators. */
export function dot(x: usize, y: usize, k: i32): f32 {
	let s0 = f32x4.splat(0);
	let s1 = s0;
	let p = 0;
	for (; p + 7 < k; p += 8) {
		const o = (<usize>p) << 2;
		s0 = f32x4.add(s0, f32x4.mul(v128.load(x + o), v128.load(y + o)));
		s1 = f32x4.add(s1, f32x4.mul(v128.load(x + o, 16), v128.load(y + o, 16)));
	}
	let t = hsum(f32x4.add(s0, s1));
	for (; p < k; p++) t += load<f32>(x + ((<usize>p) << 2)) * load<f32>(y + ((<usize>p) << 2));
	return t;
}

/** Stores `value` at `at`, or adds it to what is there when `accumulate` is 1. */
export function put(at: usize, value: f32, accumulate: i32): void {
	store<f32>(at, accumulate ? load<f32>(at) + value : value);
}

// The runs the kernels copy are short (10 to 28 floats for LeNet): a loop of v128 moves beats
// memory.copy and memory.fill, whose call costs as much as the move itself at that size.

/** Copies `count` floats from `from` to `to` (the two do not overlap). */
export function copyFloats(to: usize, from: usize, count: i32): void {
	const end = to + ((<usize>count) << 2);
	for (; to + 16 <= end; to += 16, from += 16) v128.store(to, v128.load(from));
	for (; to < end; to += 4, from += 4) store<f32>(to, load<f32>(from));
}
