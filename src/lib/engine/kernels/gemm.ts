/** The matrix product behind convolution and dense layers, in plain JavaScript. */

/**
 * C = A · Bᵀ where A is M x K (row stride `lda`) and B is N x K (row stride `ldb`): every element of C is a
 * dot product of two contiguous rows. C's element (i, j) goes to c[cOffset + i * cRowStride + j * cColStride],
 * so the same kernel writes a result or its transpose. Blocked 4 rows of A by 2 rows of B: each value loaded
 * serves several multiply-adds, held in locals (registers). Overwrites C.
 * `gemmNT(x, 0, 400, w, 0, 400, y, 0, 120, 1, 32, 400, 120)` is a dense layer without bias.
 */
export function gemmNT(
	a: Float32Array,
	aOffset: number,
	lda: number,
	b: Float32Array,
	bOffset: number,
	ldb: number,
	c: Float32Array,
	cOffset: number,
	cRowStride: number,
	cColStride: number,
	m: number,
	k: number,
	n: number
): void {
	let i = 0;
	for (; i + 3 < m; i += 4) {
		const a0 = aOffset + i * lda;
		const a1 = a0 + lda;
		const a2 = a1 + lda;
		const a3 = a2 + lda;
		const c0 = cOffset + i * cRowStride;
		let j = 0;
		for (; j + 1 < n; j += 2) {
			const b0 = bOffset + j * ldb;
			const b1 = b0 + ldb;
			let s00 = 0;
			let s01 = 0;
			let s10 = 0;
			let s11 = 0;
			let s20 = 0;
			let s21 = 0;
			let s30 = 0;
			let s31 = 0;
			for (let p = 0; p < k; p++) {
				const y0 = b[b0 + p];
				const y1 = b[b1 + p];
				const x0 = a[a0 + p];
				const x1 = a[a1 + p];
				const x2 = a[a2 + p];
				const x3 = a[a3 + p];
				s00 += x0 * y0;
				s01 += x0 * y1;
				s10 += x1 * y0;
				s11 += x1 * y1;
				s20 += x2 * y0;
				s21 += x2 * y1;
				s30 += x3 * y0;
				s31 += x3 * y1;
			}
			const cj = c0 + j * cColStride;
			c[cj] = s00;
			c[cj + cColStride] = s01;
			c[cj + cRowStride] = s10;
			c[cj + cRowStride + cColStride] = s11;
			c[cj + 2 * cRowStride] = s20;
			c[cj + 2 * cRowStride + cColStride] = s21;
			c[cj + 3 * cRowStride] = s30;
			c[cj + 3 * cRowStride + cColStride] = s31;
		}
		if (j < n) {
			const b0 = bOffset + j * ldb;
			let s0 = 0;
			let s1 = 0;
			let s2 = 0;
			let s3 = 0;
			for (let p = 0; p < k; p++) {
				const y = b[b0 + p];
				s0 += a[a0 + p] * y;
				s1 += a[a1 + p] * y;
				s2 += a[a2 + p] * y;
				s3 += a[a3 + p] * y;
			}
			const cj = c0 + j * cColStride;
			c[cj] = s0;
			c[cj + cRowStride] = s1;
			c[cj + 2 * cRowStride] = s2;
			c[cj + 3 * cRowStride] = s3;
		}
	}
	for (; i < m; i++) {
		const a0 = aOffset + i * lda;
		const c0 = cOffset + i * cRowStride;
		let j = 0;
		for (; j + 1 < n; j += 2) {
			const b0 = bOffset + j * ldb;
			const b1 = b0 + ldb;
			let s0 = 0;
			let s1 = 0;
			for (let p = 0; p < k; p++) {
				const x = a[a0 + p];
				s0 += x * b[b0 + p];
				s1 += x * b[b1 + p];
			}
			c[c0 + j * cColStride] = s0;
			c[c0 + (j + 1) * cColStride] = s1;
		}
		if (j < n) {
			const b0 = bOffset + j * ldb;
			let s = 0;
			for (let p = 0; p < k; p++) s += a[a0 + p] * b[b0 + p];
			c[c0 + j * cColStride] = s;
		}
	}
}
