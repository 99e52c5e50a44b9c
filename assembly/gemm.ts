// Matrix products in WebAssembly SIMD (f32x4), compiled by AssemblyScript (scripts/build-wasm.ts).
// Pointers are byte offsets into this module's memory; strides and sizes count floats.
//
// Register blocking matters as much as SIMD: each block keeps 8 vector accumulators in registers, so
// every value loaded from memory serves several multiply-adds.

import { dot, hsum, put } from './floats';

/**
 * C (+)= A · B, where B and C are row-major (rows of `n` contiguous floats, strides ldb and ldc) and A's
 * element (i, p) is at a + (i * rsa + p * csa) floats, so A may be read transposed. Vectorised along the
 * rows of B and C: 4 rows of C by 8 columns at a time. `accumulate` 0 overwrites C, 1 adds to it.
 */
export function gemmNN(
	a: usize,
	rsa: i32,
	csa: i32,
	b: usize,
	ldb: i32,
	c: usize,
	ldc: i32,
	m: i32,
	k: i32,
	n: i32,
	accumulate: i32
): void {
	const aRow = (<usize>rsa) << 2;
	const aStep = (<usize>csa) << 2;
	const bStep = (<usize>ldb) << 2;
	const cRow = (<usize>ldc) << 2;
	let i = 0;
	for (; i + 3 < m; i += 4) {
		const a0 = a + <usize>i * aRow;
		const c0 = c + <usize>i * cRow;
		let j = 0;
		for (; j + 7 < n; j += 8) {
			const cj = c0 + ((<usize>j) << 2);
			let s00 = f32x4.splat(0);
			let s01 = s00;
			let s10 = s00;
			let s11 = s00;
			let s20 = s00;
			let s21 = s00;
			let s30 = s00;
			let s31 = s00;
			if (accumulate) {
				s00 = v128.load(cj);
				s01 = v128.load(cj, 16);
				s10 = v128.load(cj + cRow);
				s11 = v128.load(cj + cRow, 16);
				s20 = v128.load(cj + 2 * cRow);
				s21 = v128.load(cj + 2 * cRow, 16);
				s30 = v128.load(cj + 3 * cRow);
				s31 = v128.load(cj + 3 * cRow, 16);
			}
			let pa = a0;
			let pb = b + ((<usize>j) << 2);
			for (let p = 0; p < k; p++) {
				const b0 = v128.load(pb);
				const b1 = v128.load(pb, 16);
				const x0 = f32x4.splat(load<f32>(pa));
				const x1 = f32x4.splat(load<f32>(pa + aRow));
				const x2 = f32x4.splat(load<f32>(pa + 2 * aRow));
				const x3 = f32x4.splat(load<f32>(pa + 3 * aRow));
				s00 = f32x4.add(s00, f32x4.mul(x0, b0));
				s01 = f32x4.add(s01, f32x4.mul(x0, b1));
				s10 = f32x4.add(s10, f32x4.mul(x1, b0));
				s11 = f32x4.add(s11, f32x4.mul(x1, b1));
				s20 = f32x4.add(s20, f32x4.mul(x2, b0));
				s21 = f32x4.add(s21, f32x4.mul(x2, b1));
				s30 = f32x4.add(s30, f32x4.mul(x3, b0));
				s31 = f32x4.add(s31, f32x4.mul(x3, b1));
				pa += aStep;
				pb += bStep;
			}
			v128.store(cj, s00);
			v128.store(cj, s01, 16);
			v128.store(cj + cRow, s10);
			v128.store(cj + cRow, s11, 16);
			v128.store(cj + 2 * cRow, s20);
			v128.store(cj + 2 * cRow, s21, 16);
			v128.store(cj + 3 * cRow, s30);
			v128.store(cj + 3 * cRow, s31, 16);
		}
		for (; j + 3 < n; j += 4) {
			const cj = c0 + ((<usize>j) << 2);
			let s0 = f32x4.splat(0);
			let s1 = s0;
			let s2 = s0;
			let s3 = s0;
			if (accumulate) {
				s0 = v128.load(cj);
				s1 = v128.load(cj + cRow);
				s2 = v128.load(cj + 2 * cRow);
				s3 = v128.load(cj + 3 * cRow);
			}
			let pa = a0;
			let pb = b + ((<usize>j) << 2);
			for (let p = 0; p < k; p++) {
				const b0 = v128.load(pb);
				s0 = f32x4.add(s0, f32x4.mul(f32x4.splat(load<f32>(pa)), b0));
				s1 = f32x4.add(s1, f32x4.mul(f32x4.splat(load<f32>(pa + aRow)), b0));
				s2 = f32x4.add(s2, f32x4.mul(f32x4.splat(load<f32>(pa + 2 * aRow)), b0));
				s3 = f32x4.add(s3, f32x4.mul(f32x4.splat(load<f32>(pa + 3 * aRow)), b0));
				pa += aStep;
				pb += bStep;
			}
			v128.store(cj, s0);
			v128.store(cj + cRow, s1);
			v128.store(cj + 2 * cRow, s2);
			v128.store(cj + 3 * cRow, s3);
		}
		for (; j < n; j++) {
			for (let r = 0; r < 4; r++)
				nnScalar(a0 + <usize>r * aRow, aStep, b, bStep, c0 + <usize>r * cRow, j, k, accumulate);
		}
	}
	for (; i < m; i++) {
		const a0 = a + <usize>i * aRow;
		const c0 = c + <usize>i * cRow;
		let j = 0;
		for (; j + 15 < n; j += 16) {
			const cj = c0 + ((<usize>j) << 2);
			let s0 = f32x4.splat(0);
			let s1 = s0;
			let s2 = s0;
			let s3 = s0;
			if (accumulate) {
				s0 = v128.load(cj);
				s1 = v128.load(cj, 16);
				s2 = v128.load(cj, 32);
				s3 = v128.load(cj, 48);
			}
			let pa = a0;
			let pb = b + ((<usize>j) << 2);
			for (let p = 0; p < k; p++) {
				const x = f32x4.splat(load<f32>(pa));
				s0 = f32x4.add(s0, f32x4.mul(x, v128.load(pb)));
				s1 = f32x4.add(s1, f32x4.mul(x, v128.load(pb, 16)));
				s2 = f32x4.add(s2, f32x4.mul(x, v128.load(pb, 32)));
				s3 = f32x4.add(s3, f32x4.mul(x, v128.load(pb, 48)));
				pa += aStep;
				pb += bStep;
			}
			v128.store(cj, s0);
			v128.store(cj, s1, 16);
			v128.store(cj, s2, 32);
			v128.store(cj, s3, 48);
		}
		for (; j + 3 < n; j += 4) {
			const cj = c0 + ((<usize>j) << 2);
			let s = accumulate ? v128.load(cj) : f32x4.splat(0);
			let pa = a0;
			let pb = b + ((<usize>j) << 2);
			for (let p = 0; p < k; p++) {
				s = f32x4.add(s, f32x4.mul(f32x4.splat(load<f32>(pa)), v128.load(pb)));
				pa += aStep;
				pb += bStep;
			}
			v128.store(cj, s);
		}
		for (; j < n; j++) nnScalar(a0, aStep, b, bStep, c0, j, k, accumulate);
	}
}

/** One element of C for gemmNN's last columns. */
function nnScalar(
	a0: usize,
	aStep: usize,
	b: usize,
	bStep: usize,
	c0: usize,
	j: i32,
	k: i32,
	accumulate: i32
): void {
	const cj = c0 + ((<usize>j) << 2);
	let s: f32 = accumulate ? load<f32>(cj) : 0;
	let pa = a0;
	let pb = b + ((<usize>j) << 2);
	for (let p = 0; p < k; p++) {
		s += load<f32>(pa) * load<f32>(pb);
		pa += aStep;
		pb += bStep;
	}
	store<f32>(cj, s);
}

/**
 * C (+)= A · Bᵀ, where A is m x k and B is n x k, both row-major (strides lda, ldb), C row-major (ldc):
 * every element of C is the dot product of two contiguous rows, taken 4 floats at a time, 4 rows of A
 * by 2 rows of B per block. `accumulate` 0 overwrites C, 1 adds to it.
 */
export function gemmNT(
	a: usize,
	lda: i32,
	b: usize,
	ldb: i32,
	c: usize,
	ldc: i32,
	m: i32,
	k: i32,
	n: i32,
	accumulate: i32
): void {
	const aRow = (<usize>lda) << 2;
	const bRow = (<usize>ldb) << 2;
	const cRow = (<usize>ldc) << 2;
	const k4 = k & ~3;
	let i = 0;
	for (; i + 3 < m; i += 4) {
		const a0 = a + <usize>i * aRow;
		const c0 = c + <usize>i * cRow;
		let j = 0;
		for (; j + 1 < n; j += 2) {
			const b0 = b + <usize>j * bRow;
			let s00 = f32x4.splat(0);
			let s01 = s00;
			let s10 = s00;
			let s11 = s00;
			let s20 = s00;
			let s21 = s00;
			let s30 = s00;
			let s31 = s00;
			let p = 0;
			for (; p < k4; p += 4) {
				const o = (<usize>p) << 2;
				const y0 = v128.load(b0 + o);
				const y1 = v128.load(b0 + bRow + o);
				const x0 = v128.load(a0 + o);
				const x1 = v128.load(a0 + aRow + o);
				const x2 = v128.load(a0 + 2 * aRow + o);
				const x3 = v128.load(a0 + 3 * aRow + o);
				s00 = f32x4.add(s00, f32x4.mul(x0, y0));
				s01 = f32x4.add(s01, f32x4.mul(x0, y1));
				s10 = f32x4.add(s10, f32x4.mul(x1, y0));
				s11 = f32x4.add(s11, f32x4.mul(x1, y1));
				s20 = f32x4.add(s20, f32x4.mul(x2, y0));
				s21 = f32x4.add(s21, f32x4.mul(x2, y1));
				s30 = f32x4.add(s30, f32x4.mul(x3, y0));
				s31 = f32x4.add(s31, f32x4.mul(x3, y1));
			}
			let t00 = hsum(s00);
			let t01 = hsum(s01);
			let t10 = hsum(s10);
			let t11 = hsum(s11);
			let t20 = hsum(s20);
			let t21 = hsum(s21);
			let t30 = hsum(s30);
			let t31 = hsum(s31);
			for (; p < k; p++) {
				const o = (<usize>p) << 2;
				const y0 = load<f32>(b0 + o);
				const y1 = load<f32>(b0 + bRow + o);
				const x0 = load<f32>(a0 + o);
				const x1 = load<f32>(a0 + aRow + o);
				const x2 = load<f32>(a0 + 2 * aRow + o);
				const x3 = load<f32>(a0 + 3 * aRow + o);
				t00 += x0 * y0;
				t01 += x0 * y1;
				t10 += x1 * y0;
				t11 += x1 * y1;
				t20 += x2 * y0;
				t21 += x2 * y1;
				t30 += x3 * y0;
				t31 += x3 * y1;
			}
			const cj = c0 + ((<usize>j) << 2);
			put(cj, t00, accumulate);
			put(cj + 4, t01, accumulate);
			put(cj + cRow, t10, accumulate);
			put(cj + cRow + 4, t11, accumulate);
			put(cj + 2 * cRow, t20, accumulate);
			put(cj + 2 * cRow + 4, t21, accumulate);
			put(cj + 3 * cRow, t30, accumulate);
			put(cj + 3 * cRow + 4, t31, accumulate);
		}
		for (; j < n; j++) {
			for (let r = 0; r < 4; r++) {
				const cj = c0 + <usize>r * cRow + ((<usize>j) << 2);
				put(cj, dot(a0 + <usize>r * aRow, b + <usize>j * bRow, k), accumulate);
			}
		}
	}
	for (; i < m; i++) {
		const a0 = a + <usize>i * aRow;
		const c0 = c + <usize>i * cRow;
		for (let j = 0; j < n; j++) {
			put(c0 + ((<usize>j) << 2), dot(a0, b + <usize>j * bRow, k), accumulate);
		}
	}
}
