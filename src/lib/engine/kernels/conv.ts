/** Convolution over a batch, lowered to matrix products over window rows (im2row). */
import { gemmNT } from './gemm';
import { type ConvGeometry, convSizes } from './geometry';
import { im2row, row2im } from './im2row';
import { accumulateRows, nonZeroList } from './sparse';
import { convBackwardWasm, convForwardWasm } from './wasm/conv';
import { fastKernels, loadedKernels } from './wasm/module';

/**
 * Convolution forward over a batch: output[n] = W · windows(input[n]) + bias, group by group. With
 * `keepRows`, `rows` holds batch * (outHeight * outWidth) * (channels * kh * kw) values, kept for the
 * backward pass; without, it holds one example's and is reused (inference). With the WebAssembly kernels
 * on (`kernelBackend() === 'wasm-simd'`), `rows` is not used and may be null: backward remakes the rows.
 * `convForward(x, 32, w, b, g, rows, y, true)`
 */
export function convForward(
	input: Float32Array,
	batch: number,
	weights: Float32Array,
	bias: Float32Array | null,
	g: ConvGeometry,
	rows: Float32Array | null,
	output: Float32Array,
	keepRows: boolean
): void {
	const fast = fastKernels();
	if (fast) {
		convForwardWasm(fast, input, batch, weights, bias, g, output);
		return;
	}
	if (!rows) throw new Error('convForward: the JavaScript kernels need a rows buffer');
	const { positions, inSize, rowLength, groupLength, outPerGroup, outSize } = convSizes(g);
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

/**
 * Convolution backward over a batch, from the rows convForward kept, or (`rows` null, after a forward on
 * the WebAssembly kernels) from the input, on the WebAssembly kernels. Writes gradWeights and gradBias
 * (overwritten, summed over the batch), and gradInput when it is not null. Only output positions with a
 * non-zero gradient cost anything: after ReLU and max pooling that is a quarter of them or fewer.
 * `gradRows` is scratch space for one example's rows, `active` for one example's positions.
 * `convBackward(x, 32, w, g, rows, gradY, gradW, gradB, gradX, scratchRows, scratchActive)`
 */
export function convBackward(
	input: Float32Array,
	batch: number,
	weights: Float32Array,
	g: ConvGeometry,
	rows: Float32Array | null,
	gradOutput: Float32Array,
	gradWeights: Float32Array | null,
	gradBias: Float32Array | null,
	gradInput: Float32Array | null,
	gradRows: Float32Array,
	active: Uint8Array
): void {
	const { positions, inSize, rowLength, groupLength, outPerGroup, outSize } = convSizes(g);
	if (!rows) {
		const fast = loadedKernels();
		if (!fast) throw new Error('convBackward: no rows kept and no WebAssembly kernels loaded');
		convBackwardWasm(fast, input, batch, weights, g, gradOutput, gradWeights, gradBias, gradInput);
		return;
	}
	const nz = nonZeroList(Math.max(positions, g.outChannels));
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
					nz.index[count] = j;
					nz.value[count] = grad;
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
					nz.index[count] = o;
					nz.value[count] = grad;
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
