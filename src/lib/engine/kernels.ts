/**
 * Fast kernels: what training runs on.
 *
 * The readable reference ops (`conv.ts`, `pool.ts`, ...) say what a convolution *is*; these say the same
 * thing quickly. They work on flat Float32Arrays with offsets, allocate nothing, and write into buffers the
 * caller owns (each layer preallocates its own and reuses them batch after batch). Tests hold every kernel
 * equal to the reference ops on random configurations.
 *
 * Convolution is lowered to a matrix product: every window of the input becomes one row of a matrix
 * ("im2row"), and each output value is the dot product of a window row with a filter row. The product is
 * blocked 4 x 2 so each value loaded from memory serves several multiply-adds. Backward passes skip the zero
 * gradients that ReLU and max pooling leave behind, which is most of them.
 */

/** Geometry of a 2-D window sweep (convolution or pooling) over one example. */
export interface WindowGeometry {
	readonly channels: number;
	readonly height: number;
	readonly width: number;
	readonly kernelHeight: number;
	readonly kernelWidth: number;
	readonly strideY: number;
	readonly strideX: number;
	readonly padTop: number;
	readonly padLeft: number;
	readonly dilationY: number;
	readonly dilationX: number;
	readonly outHeight: number;
	readonly outWidth: number;
}

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

/** Convolution settings of a layer, in kernel terms. */
export interface ConvGeometry extends WindowGeometry {
	readonly outChannels: number;
	readonly groups: number;
}

/** Length of one im2row row: the values of one window across all channels. */
export function windowLength(g: ConvGeometry): number {
	return g.channels * g.kernelHeight * g.kernelWidth;
}

/**
 * Convolution forward over a batch: output[n] = W · windows(input[n]) + bias, group by group. With
 * `keepRows`, `rows` holds batch * (outHeight * outWidth) * (channels * kh * kw) values, kept for the
 * backward pass; without, it holds one example's and is reused (inference).
 * `convForward(x, 32, w, b, g, rows, y, true)`
 */
export function convForward(
	input: Float32Array,
	batch: number,
	weights: Float32Array,
	bias: Float32Array | null,
	g: ConvGeometry,
	rows: Float32Array,
	output: Float32Array,
	keepRows: boolean
): void {
	const positions = g.outHeight * g.outWidth;
	const inSize = g.channels * g.height * g.width;
	const rowLength = windowLength(g);
	const groupLength = rowLength / g.groups;
	const outPerGroup = g.outChannels / g.groups;
	const outSize = g.outChannels * positions;
	for (let n = 0; n < batch; n++) {
		const rowsOffset = keepRows ? n * positions * rowLength : 0;
		im2row(input, n * inSize, g, rows, rowsOffset);
		const outOffset = n * outSize;
		for (let group = 0; group < g.groups; group++) {
			// output[o, position] = Σ rows[position, group part] · weights[o]: positions are the rows of A,
			// filters the rows of B, and C is written transposed (position varies fastest in NCHW).
			gemmNT(
				rows,
				rowsOffset + group * groupLength,
				rowLength,
				weights,
				group * outPerGroup * groupLength,
				groupLength,
				output,
				outOffset + group * outPerGroup * positions,
				1,
				positions,
				positions,
				groupLength,
				outPerGroup
			);
		}
		if (bias) {
			for (let o = 0; o < g.outChannels; o++) {
				const v = bias[o];
				const start = outOffset + o * positions;
				for (let j = 0; j < positions; j++) output[start + j] += v;
			}
		}
	}
}

/** Scratch lists of non-zero gradients (index and value), grown on demand and reused. */
let scratchIndex = new Int32Array(256);
let scratchValue = new Float64Array(256);
function scratch(length: number): void {
	if (scratchIndex.length < length) {
		scratchIndex = new Int32Array(length);
		scratchValue = new Float64Array(length);
	}
}

/**
 * target[t + p] += Σ_i value[i] · source[sourceStart(i) + p] for p < length, over the `count` listed
 * (index, value) pairs, where sourceStart(i) = sourceOffset + index[i] * sourceStride. Four sources at a
 * time, so the target is loaded and stored once per four multiply-adds.
 */
function accumulateRows(
	target: Float32Array,
	targetOffset: number,
	source: Float32Array,
	sourceOffset: number,
	sourceStride: number,
	count: number,
	length: number
): void {
	const index = scratchIndex;
	const value = scratchValue;
	let i = 0;
	for (; i + 3 < count; i += 4) {
		const g0 = value[i];
		const g1 = value[i + 1];
		const g2 = value[i + 2];
		const g3 = value[i + 3];
		const s0 = sourceOffset + index[i] * sourceStride;
		const s1 = sourceOffset + index[i + 1] * sourceStride;
		const s2 = sourceOffset + index[i + 2] * sourceStride;
		const s3 = sourceOffset + index[i + 3] * sourceStride;
		for (let p = 0; p < length; p++) {
			target[targetOffset + p] +=
				g0 * source[s0 + p] + g1 * source[s1 + p] + g2 * source[s2 + p] + g3 * source[s3 + p];
		}
	}
	for (; i < count; i++) {
		const g = value[i];
		const s0 = sourceOffset + index[i] * sourceStride;
		for (let p = 0; p < length; p++) target[targetOffset + p] += g * source[s0 + p];
	}
}

/**
 * Convolution backward over a batch, from the rows convForward kept. Writes gradWeights and gradBias
 * (overwritten, summed over the batch), and gradInput when it is not null. Only output positions with a
 * non-zero gradient cost anything: after ReLU and max pooling that is a quarter of them or fewer.
 * `gradRows` is scratch space for one example's rows, `active` for one example's positions.
 * `convBackward(32, w, g, rows, gradY, gradW, gradB, gradX, scratchRows, scratchActive)`
 */
export function convBackward(
	batch: number,
	weights: Float32Array,
	g: ConvGeometry,
	rows: Float32Array,
	gradOutput: Float32Array,
	gradWeights: Float32Array | null,
	gradBias: Float32Array | null,
	gradInput: Float32Array | null,
	gradRows: Float32Array,
	active: Uint8Array
): void {
	const positions = g.outHeight * g.outWidth;
	const inSize = g.channels * g.height * g.width;
	const rowLength = windowLength(g);
	const groupLength = rowLength / g.groups;
	const outPerGroup = g.outChannels / g.groups;
	const outSize = g.outChannels * positions;
	scratch(Math.max(positions, g.outChannels));
	if (gradWeights) gradWeights.fill(0);
	if (gradBias) gradBias.fill(0);
	for (let n = 0; n < batch; n++) {
		const rowsOffset = n * positions * rowLength;
		const outOffset = n * outSize;
		if (gradWeights || gradBias) {
			// gradWeights[o] += Σ_j grad[o, j] · window j, over the positions j where grad[o, j] ≠ 0.
			for (let o = 0; o < g.outChannels; o++) {
				const groupStart = Math.floor(o / outPerGroup) * groupLength;
				const gradStart = outOffset + o * positions;
				let count = 0;
				let biasSum = 0;
				for (let j = 0; j < positions; j++) {
					const grad = gradOutput[gradStart + j];
					if (grad === 0) continue;
					biasSum += grad;
					scratchIndex[count] = j;
					scratchValue[count] = grad;
					count++;
				}
				if (gradBias) gradBias[o] += biasSum;
				if (gradWeights && count > 0) {
					accumulateRows(
						gradWeights,
						o * groupLength,
						rows,
						rowsOffset + groupStart,
						rowLength,
						count,
						groupLength
					);
				}
			}
		}
		if (!gradInput) continue;
		// gradient of window j = Σ_o grad[o, j] · weights[o], over the filters o where grad[o, j] ≠ 0.
		let any = false;
		for (let j = 0; j < positions; j++) {
			const dst = j * rowLength;
			gradRows.fill(0, dst, dst + rowLength);
			active[j] = 0;
			for (let group = 0; group < g.groups; group++) {
				let count = 0;
				for (let o = group * outPerGroup; o < (group + 1) * outPerGroup; o++) {
					const grad = gradOutput[outOffset + o * positions + j];
					if (grad === 0) continue;
					scratchIndex[count] = o;
					scratchValue[count] = grad;
					count++;
				}
				if (count === 0) continue;
				active[j] = 1;
				any = true;
				accumulateRows(
					gradRows,
					dst + group * groupLength,
					weights,
					0,
					groupLength,
					count,
					groupLength
				);
			}
		}
		if (any) row2im(gradRows, 0, g, gradInput, n * inSize, active);
		else gradInput.fill(0, n * inSize, (n + 1) * inSize);
	}
}

/**
 * Dense forward: output[B,out] = input[B,in] · W[out,in]ᵀ + bias. `denseForward(x, w, b, y, 32, 400, 120)`
 */
export function denseForward(
	input: Float32Array,
	weights: Float32Array,
	bias: Float32Array | null,
	output: Float32Array,
	batch: number,
	inputs: number,
	outputs: number
): void {
	gemmNT(input, 0, inputs, weights, 0, inputs, output, 0, outputs, 1, batch, inputs, outputs);
	if (bias) {
		for (let n = 0; n < batch; n++) {
			const row = n * outputs;
			for (let o = 0; o < outputs; o++) output[row + o] += bias[o];
		}
	}
}

/**
 * Dense backward: gradW = gradOutᵀ · input, gradBias = column sums of gradOut (both overwritten),
 * gradInput = gradOut · W (when not null). Zero gradients (after ReLU, about half) are skipped.
 * `denseBackward(x, w, gy, gw, gb, gx, 32, 400, 120)`
 */
export function denseBackward(
	input: Float32Array,
	weights: Float32Array,
	gradOutput: Float32Array,
	gradWeights: Float32Array | null,
	gradBias: Float32Array | null,
	gradInput: Float32Array | null,
	batch: number,
	inputs: number,
	outputs: number
): void {
	scratch(Math.max(batch, outputs));
	if (gradWeights) gradWeights.fill(0);
	if (gradBias) gradBias.fill(0);
	if (gradWeights || gradBias) {
		// gradWeights[o] = Σ_n grad[n, o] · input[n], over the examples where grad[n, o] ≠ 0.
		for (let o = 0; o < outputs; o++) {
			let count = 0;
			let biasSum = 0;
			for (let n = 0; n < batch; n++) {
				const grad = gradOutput[n * outputs + o];
				if (grad === 0) continue;
				biasSum += grad;
				scratchIndex[count] = n;
				scratchValue[count] = grad;
				count++;
			}
			if (gradBias) gradBias[o] = biasSum;
			if (gradWeights && count > 0)
				accumulateRows(gradWeights, o * inputs, input, 0, inputs, count, inputs);
		}
	}
	if (gradInput) {
		// gradInput[n] = Σ_o grad[n, o] · weights[o], over the outputs where grad[n, o] ≠ 0.
		gradInput.fill(0, 0, batch * inputs);
		for (let n = 0; n < batch; n++) {
			let count = 0;
			for (let o = 0; o < outputs; o++) {
				const grad = gradOutput[n * outputs + o];
				if (grad === 0) continue;
				scratchIndex[count] = o;
				scratchValue[count] = grad;
				count++;
			}
			if (count > 0) accumulateRows(gradInput, n * inputs, weights, 0, inputs, count, inputs);
		}
	}
}

/** Pooling settings of a layer, in kernel terms. */
export type PoolGeometry = WindowGeometry;

/**
 * Max pooling over `planes` = batch * channels planes. Windows that reach past the edge (padding, or the
 * last window of ceil mode) pool only the pixels that exist. `winners` receives, for every output, the flat
 * index into `input` of the pixel that won (the first one on a tie): backward routes the gradient there,
 * and lesson 6 highlights it.
 * `maxPoolForward(x, 32 * 6, g, y, winners)`
 */
export function maxPoolForward(
	input: Float32Array,
	planes: number,
	g: PoolGeometry,
	output: Float32Array,
	winners: Int32Array
): void {
	const { height, width, kernelHeight, kernelWidth, strideY, strideX, padTop, padLeft } = g;
	const { dilationY, dilationX, outHeight, outWidth } = g;
	if (
		kernelHeight === 2 &&
		kernelWidth === 2 &&
		strideY === 2 &&
		strideX === 2 &&
		padTop === 0 &&
		padLeft === 0 &&
		outHeight * 2 <= height &&
		outWidth * 2 <= width
	) {
		maxPool2x2(input, planes, height, width, outHeight, outWidth, output, winners);
		return;
	}
	let o = 0;
	for (let p = 0; p < planes; p++) {
		const plane = p * height * width;
		for (let oy = 0; oy < outHeight; oy++) {
			const y0 = oy * strideY - padTop;
			for (let ox = 0; ox < outWidth; ox++) {
				const x0 = ox * strideX - padLeft;
				let best = -Infinity;
				let bestIndex = -1;
				for (let ky = 0; ky < kernelHeight; ky++) {
					const y = y0 + ky * dilationY;
					if (y < 0 || y >= height) continue;
					const rowStart = plane + y * width;
					for (let kx = 0; kx < kernelWidth; kx++) {
						const x = x0 + kx * dilationX;
						if (x < 0 || x >= width) continue;
						const v = input[rowStart + x];
						// A NaN wins over any number, so a NaN is never silently dropped.
						if (bestIndex < 0 || v > best || (v !== v && best === best)) {
							best = v;
							bestIndex = rowStart + x;
						}
					}
				}
				output[o] = bestIndex < 0 ? 0 : best;
				winners[o] = bestIndex;
				o++;
			}
		}
	}
}

/** The common case, 2x2 windows side by side, without the edge checks. Same ties and NaN rule. */
function maxPool2x2(
	input: Float32Array,
	planes: number,
	height: number,
	width: number,
	outHeight: number,
	outWidth: number,
	output: Float32Array,
	winners: Int32Array
): void {
	let o = 0;
	for (let p = 0; p < planes; p++) {
		const plane = p * height * width;
		for (let oy = 0; oy < outHeight; oy++) {
			const top = plane + 2 * oy * width;
			for (let ox = 0; ox < outWidth; ox++) {
				let index = top + 2 * ox;
				let best = input[index];
				let candidate = index + 1;
				let v = input[candidate];
				if (v > best || (v !== v && best === best)) {
					best = v;
					index = candidate;
				}
				candidate = top + width + 2 * ox;
				v = input[candidate];
				if (v > best || (v !== v && best === best)) {
					best = v;
					index = candidate;
				}
				candidate++;
				v = input[candidate];
				if (v > best || (v !== v && best === best)) {
					best = v;
					index = candidate;
				}
				output[o] = best;
				winners[o] = index;
				o++;
			}
		}
	}
}

/** Max pooling backward: each output's gradient goes to its winner. `maxPoolBackward(gy, winners, n, gx)` */
export function maxPoolBackward(
	gradOutput: Float32Array,
	winners: Int32Array,
	count: number,
	gradInput: Float32Array
): void {
	gradInput.fill(0);
	for (let o = 0; o < count; o++) {
		const w = winners[o];
		if (w >= 0) gradInput[w] += gradOutput[o];
	}
}

/** Number of window pixels inside the input, for average pooling of a window that reaches past the edge. */
function windowCount(g: PoolGeometry, oy: number, ox: number): number {
	let rows = 0;
	for (let ky = 0; ky < g.kernelHeight; ky++) {
		const y = oy * g.strideY - g.padTop + ky * g.dilationY;
		if (y >= 0 && y < g.height) rows++;
	}
	let cols = 0;
	for (let kx = 0; kx < g.kernelWidth; kx++) {
		const x = ox * g.strideX - g.padLeft + kx * g.dilationX;
		if (x >= 0 && x < g.width) cols++;
	}
	return rows * cols;
}

/**
 * Average (or, with `divide` false, sum) pooling over `planes` planes. A window that reaches past the edge
 * averages the pixels that exist. `avgPoolForward(x, 32 * 6, g, y, true)`
 */
export function avgPoolForward(
	input: Float32Array,
	planes: number,
	g: PoolGeometry,
	output: Float32Array,
	divide: boolean
): void {
	const { height, width, kernelHeight, kernelWidth, strideY, strideX, padTop, padLeft } = g;
	const { dilationY, dilationX, outHeight, outWidth } = g;
	let o = 0;
	for (let p = 0; p < planes; p++) {
		const plane = p * height * width;
		for (let oy = 0; oy < outHeight; oy++) {
			for (let ox = 0; ox < outWidth; ox++) {
				let sum = 0;
				for (let ky = 0; ky < kernelHeight; ky++) {
					const y = oy * strideY - padTop + ky * dilationY;
					if (y < 0 || y >= height) continue;
					for (let kx = 0; kx < kernelWidth; kx++) {
						const x = ox * strideX - padLeft + kx * dilationX;
						if (x < 0 || x >= width) continue;
						sum += input[plane + y * width + x];
					}
				}
				const count = divide ? windowCount(g, oy, ox) : 1;
				output[o++] = count > 0 ? sum / count : 0;
			}
		}
	}
}

/** Average (or sum) pooling backward: each output's gradient is shared among its window's pixels. */
export function avgPoolBackward(
	gradOutput: Float32Array,
	planes: number,
	g: PoolGeometry,
	gradInput: Float32Array,
	divide: boolean
): void {
	const { height, width, kernelHeight, kernelWidth, strideY, strideX, padTop, padLeft } = g;
	const { dilationY, dilationX, outHeight, outWidth } = g;
	gradInput.fill(0);
	let o = 0;
	for (let p = 0; p < planes; p++) {
		const plane = p * height * width;
		for (let oy = 0; oy < outHeight; oy++) {
			for (let ox = 0; ox < outWidth; ox++) {
				const count = divide ? windowCount(g, oy, ox) : 1;
				const share = count > 0 ? gradOutput[o] / count : 0;
				o++;
				for (let ky = 0; ky < kernelHeight; ky++) {
					const y = oy * strideY - padTop + ky * dilationY;
					if (y < 0 || y >= height) continue;
					for (let kx = 0; kx < kernelWidth; kx++) {
						const x = ox * strideX - padLeft + kx * dilationX;
						if (x < 0 || x >= width) continue;
						gradInput[plane + y * width + x] += share;
					}
				}
			}
		}
	}
}

/** ReLU: output = max(0, input), over the first `count` values. `reluForward(x, y, x.length)` */
export function reluForward(input: Float32Array, output: Float32Array, count: number): void {
	for (let i = 0; i < count; i++) {
		const v = input[i];
		output[i] = v > 0 ? v : v !== v ? v : 0;
	}
}

/** ReLU backward from the output: the gradient passes where the output is positive. */
export function reluBackward(
	output: Float32Array,
	gradOutput: Float32Array,
	gradInput: Float32Array,
	count: number
): void {
	for (let i = 0; i < count; i++) gradInput[i] = output[i] > 0 ? gradOutput[i] : 0;
}

/**
 * Softmax cross-entropy from logits [batch, classes], averaged over the batch. Writes the gradient of the
 * mean loss with respect to the logits, (softmax - onehot) / batch, into `gradLogits`, and returns the loss
 * and the number of correct argmax predictions. A non-finite logit gives a non-finite loss, never a clamp.
 * `softmaxCrossEntropy(logits, labels, 32, 10, grad)`
 */
export function softmaxCrossEntropy(
	logits: Float32Array,
	labels: ArrayLike<number>,
	batch: number,
	classes: number,
	gradLogits: Float32Array | null
): { loss: number; correct: number } {
	let loss = 0;
	let correct = 0;
	for (let n = 0; n < batch; n++) {
		const row = n * classes;
		let max = -Infinity;
		let argmax = 0;
		for (let k = 0; k < classes; k++) {
			const v = logits[row + k];
			if (v > max || v !== v) {
				max = v;
				argmax = k;
			}
		}
		let sum = 0;
		for (let k = 0; k < classes; k++) sum += Math.exp(logits[row + k] - max);
		const label = labels[n];
		const logSum = Math.log(sum) + max;
		loss += logSum - logits[row + label];
		if (argmax === label) correct++;
		if (gradLogits) {
			for (let k = 0; k < classes; k++) {
				const p = Math.exp(logits[row + k] - logSum);
				gradLogits[row + k] = (p - (k === label ? 1 : 0)) / batch;
			}
		}
	}
	return { loss: loss / batch, correct };
}
