// Convolution with stride 1 without window rows ("direct"), in WebAssembly SIMD. Pointers are byte
// offsets into this module's memory; sizes and offsets count floats.
//
// With stride 1, the pixel that kernel tap (c, ky, kx) sees at output (oy, ox) of a padded input of width
// wp is P[tap + oy * wp + ox], where tap = c * hp * wp + ky * dy * wp + kx * dx. Number the output
// positions "wide", j = oy * wp + ox, as if every output row were wp long: then each tap reads one
// contiguous run of P, and the convolution is a matrix product whose B rows are runs of the input itself,
// found through a table of taps. No window rows are built (im2col copied every pixel kh * kw times, in
// runs of 10 to 28 floats, which cost as much as the product); the price is the wp - outWidth columns
// of each wide row that fall past the output's edge, computed and then dropped.
//
// The products through the taps are here; padding the input into planes and narrowing the wide rows back
// to the output are in planes.ts.

import { dot, hsum, put } from './floats';

/** The address of B's row p: `b` plus the tap's offset (in floats) from the table. */
function tapRow(b: usize, taps: usize, p: i32): usize {
	return b + ((<usize>load<i32>(taps + ((<usize>p) << 2))) << 2);
}

/**
 * C = A · B, where A's element (i, p) is at a + (i * rsa + p * csa) floats, B's row p is the n floats at
 * b + taps[p], and C is row-major (stride ldc). The forward convolution: A the filters, B the taps' runs
 * of the padded input, C the wide output. Blocks of 4 rows by 8 columns; the last rows of C (a
 * convolution's 6 filters leave 2) in blocks of 2 rows by 16 columns, so each B value loaded serves two
 * multiply-adds there too.
 */
export function gemmTaps(
	a: usize,
	rsa: i32,
	csa: i32,
	b: usize,
	taps: usize,
	c: usize,
	ldc: i32,
	m: i32,
	k: i32,
	n: i32
): void {
	const aRow = (<usize>rsa) << 2;
	const aStep = (<usize>csa) << 2;
	const cRow = (<usize>ldc) << 2;
	let i = 0;
	for (; i + 3 < m; i += 4) {
		const a0 = a + <usize>i * aRow;
		const c0 = c + <usize>i * cRow;
		let j = 0;
		for (; j + 7 < n; j += 8) {
			const at = (<usize>j) << 2;
			let s00 = f32x4.splat(0);
			let s01 = s00;
			let s10 = s00;
			let s11 = s00;
			let s20 = s00;
			let s21 = s00;
			let s30 = s00;
			let s31 = s00;
			let pa = a0;
			for (let p = 0; p < k; p++) {
				const pb = tapRow(b, taps, p) + at;
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
			}
			const cj = c0 + at;
			v128.store(cj, s00);
			v128.store(cj, s01, 16);
			v128.store(cj + cRow, s10);
			v128.store(cj + cRow, s11, 16);
			v128.store(cj + 2 * cRow, s20);
			v128.store(cj + 2 * cRow, s21, 16);
			v128.store(cj + 3 * cRow, s30);
			v128.store(cj + 3 * cRow, s31, 16);
		}
		for (; j < n; j++) {
			for (let r = 0; r < 4; r++) {
				tapsScalar(a0 + <usize>r * aRow, aStep, b, taps, c0 + <usize>r * cRow, j, k);
			}
		}
	}
	for (; i + 1 < m; i += 2) {
		const a0 = a + <usize>i * aRow;
		const c0 = c + <usize>i * cRow;
		let j = 0;
		for (; j + 15 < n; j += 16) {
			const at = (<usize>j) << 2;
			let s00 = f32x4.splat(0);
			let s01 = s00;
			let s02 = s00;
			let s03 = s00;
			let s10 = s00;
			let s11 = s00;
			let s12 = s00;
			let s13 = s00;
			let pa = a0;
			for (let p = 0; p < k; p++) {
				const pb = tapRow(b, taps, p) + at;
				const x0 = f32x4.splat(load<f32>(pa));
				const x1 = f32x4.splat(load<f32>(pa + aRow));
				let v = v128.load(pb);
				s00 = f32x4.add(s00, f32x4.mul(x0, v));
				s10 = f32x4.add(s10, f32x4.mul(x1, v));
				v = v128.load(pb, 16);
				s01 = f32x4.add(s01, f32x4.mul(x0, v));
				s11 = f32x4.add(s11, f32x4.mul(x1, v));
				v = v128.load(pb, 32);
				s02 = f32x4.add(s02, f32x4.mul(x0, v));
				s12 = f32x4.add(s12, f32x4.mul(x1, v));
				v = v128.load(pb, 48);
				s03 = f32x4.add(s03, f32x4.mul(x0, v));
				s13 = f32x4.add(s13, f32x4.mul(x1, v));
				pa += aStep;
			}
			const cj = c0 + at;
			v128.store(cj, s00);
			v128.store(cj, s01, 16);
			v128.store(cj, s02, 32);
			v128.store(cj, s03, 48);
			v128.store(cj + cRow, s10);
			v128.store(cj + cRow, s11, 16);
			v128.store(cj + cRow, s12, 32);
			v128.store(cj + cRow, s13, 48);
		}
		for (; j < n; j++) {
			tapsScalar(a0, aStep, b, taps, c0, j, k);
			tapsScalar(a0 + aRow, aStep, b, taps, c0 + cRow, j, k);
		}
	}
	for (; i < m; i++) {
		const a0 = a + <usize>i * aRow;
		const c0 = c + <usize>i * cRow;
		let j = 0;
		for (; j + 7 < n; j += 8) {
			const at = (<usize>j) << 2;
			let s0 = f32x4.splat(0);
			let s1 = s0;
			let pa = a0;
			for (let p = 0; p < k; p++) {
				const pb = tapRow(b, taps, p) + at;
				const x = f32x4.splat(load<f32>(pa));
				s0 = f32x4.add(s0, f32x4.mul(x, v128.load(pb)));
				s1 = f32x4.add(s1, f32x4.mul(x, v128.load(pb, 16)));
				pa += aStep;
			}
			v128.store(c0 + at, s0);
			v128.store(c0 + at, s1, 16);
		}
		for (; j < n; j++) tapsScalar(a0, aStep, b, taps, c0, j, k);
	}
}

/** One element of C for gemmTaps's last columns. */
function tapsScalar(
	a0: usize,
	aStep: usize,
	b: usize,
	taps: usize,
	c0: usize,
	j: i32,
	k: i32
): void {
	let s: f32 = 0;
	let pa = a0;
	const at = (<usize>j) << 2;
	for (let p = 0; p < k; p++) {
		s += load<f32>(pa) * load<f32>(tapRow(b, taps, p) + at);
		pa += aStep;
	}
	store<f32>(c0 + at, s);
}

/**
 * C (+)= A · Bᵀ, where A's row i is the k floats at a + taps[i] and B is n x k row-major (stride ldb);
 * C's element (i, j) is at c + i * cRow + j * cCol (floats), so the result may be written transposed. The
 * weight gradient: A the taps' runs of the padded input, B the wide output gradient (zero past each
 * output row's edge, so those columns add nothing), C the filters' gradient read transposed. Dot
 * products along k, 4 rows of A by 2 rows of B at a time. `accumulate` 0 overwrites C, 1 adds to it.
 */
export function gemmTapsNT(
	a: usize,
	taps: usize,
	b: usize,
	ldb: i32,
	c: usize,
	cRow: i32,
	cCol: i32,
	m: i32,
	k: i32,
	n: i32,
	accumulate: i32
): void {
	const bRow = (<usize>ldb) << 2;
	const cr = (<usize>cRow) << 2;
	const cc = (<usize>cCol) << 2;
	const k4 = k & ~3;
	let i = 0;
	for (; i + 3 < m; i += 4) {
		const a0 = tapRow(a, taps, i);
		const a1 = tapRow(a, taps, i + 1);
		const a2 = tapRow(a, taps, i + 2);
		const a3 = tapRow(a, taps, i + 3);
		const c0 = c + <usize>i * cr;
		let j = 0;
		for (; j + 1 < n; j += 2) {
			const b0 = b + <usize>j * bRow;
			const b1 = b0 + bRow;
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
				const y1 = v128.load(b1 + o);
				const x0 = v128.load(a0 + o);
				const x1 = v128.load(a1 + o);
				const x2 = v128.load(a2 + o);
				const x3 = v128.load(a3 + o);
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
				const y1 = load<f32>(b1 + o);
				t00 += load<f32>(a0 + o) * y0;
				t01 += load<f32>(a0 + o) * y1;
				t10 += load<f32>(a1 + o) * y0;
				t11 += load<f32>(a1 + o) * y1;
				t20 += load<f32>(a2 + o) * y0;
				t21 += load<f32>(a2 + o) * y1;
				t30 += load<f32>(a3 + o) * y0;
				t31 += load<f32>(a3 + o) * y1;
			}
			const cj = c0 + <usize>j * cc;
			put(cj, t00, accumulate);
			put(cj + cc, t01, accumulate);
			put(cj + cr, t10, accumulate);
			put(cj + cr + cc, t11, accumulate);
			put(cj + 2 * cr, t20, accumulate);
			put(cj + 2 * cr + cc, t21, accumulate);
			put(cj + 3 * cr, t30, accumulate);
			put(cj + 3 * cr + cc, t31, accumulate);
		}
		for (; j < n; j++) {
			const bj = b + <usize>j * bRow;
			const cj = c0 + <usize>j * cc;
			put(cj, dot(a0, bj, k), accumulate);
			put(cj + cr, dot(a1, bj, k), accumulate);
			put(cj + 2 * cr, dot(a2, bj, k), accumulate);
			put(cj + 3 * cr, dot(a3, bj, k), accumulate);
		}
	}
	for (; i < m; i++) {
		const a0 = tapRow(a, taps, i);
		const c0 = c + <usize>i * cr;
		for (let j = 0; j < n; j++)
			put(c0 + <usize>j * cc, dot(a0, b + <usize>j * bRow, k), accumulate);
	}
}

/**
 * out[taps[p] + j] += rows[p * ldr + j] for p < k, j < n: each tap's row of the input gradient added back
 * onto the run of the padded input that tap read (the adjoint of reading B through the taps).
 */
export function addAtTaps(rows: usize, ldr: i32, taps: usize, k: i32, n: i32, out: usize): void {
	for (let p = 0; p < k; p++) {
		let from = rows + ((<usize>(p * ldr)) << 2);
		let to = tapRow(out, taps, p);
		const end = to + ((<usize>n) << 2);
		for (; to + 16 <= end; to += 16, from += 16) {
			v128.store(to, f32x4.add(v128.load(to), v128.load(from)));
		}
		for (; to < end; to += 4, from += 4) store<f32>(to, load<f32>(to) + load<f32>(from));
	}
}
