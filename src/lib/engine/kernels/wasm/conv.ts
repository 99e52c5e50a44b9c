/**
 * Convolution over a batch with the WebAssembly kernels. With stride 1 (LeNet's, and most), the direct
 * path of convDirect.ts, which needs no window rows. Otherwise, per example, im2col then one matrix
 * product per group (forward), or the weight gradient (window rows times output gradient) and the input
 * gradient (filters times output gradient, folded back by col2im). Backward rebuilds what it needs from
 * the input instead of keeping it: copying a batch's rows out and back costs more than remaking them.
 */
import { type ConvGeometry, type ConvSizes, convSizes } from '../geometry';
import { biasGradient, convBackwardDirect, convForwardDirect, direct } from './convDirect';
import { after, copyIn, FIRST_OPERAND, operands, type WasmKernels } from './module';

function windows(
	k: WasmKernels,
	fn: 'im2col' | 'col2im',
	g: ConvGeometry,
	from: number,
	to: number
): void {
	k[fn](
		from * 4,
		g.channels,
		g.height,
		g.width,
		g.kernelHeight,
		g.kernelWidth,
		g.strideY,
		g.strideX,
		g.padTop,
		g.padLeft,
		g.dilationY,
		g.dilationX,
		g.outHeight,
		g.outWidth,
		to * 4
	);
}

/** Where three operands start in the module's memory (float offsets), or where a group's start (bytes). */
interface Operands {
	/** Filters (or their gradient), [outChannels, groupLength]. */
	filters: number;
	/** Window rows (or their gradient), [rowLength, positions]. */
	rows: number;
	/** One example's outputs (or their gradient), [outChannels, positions]. */
	outputs: number;
}

/**
 * Runs `product` once per channel group with the byte pointers of the group's part of each operand at
 * `at`: a group is a block of consecutive rows in each of them.
 */
function perGroup(
	g: ConvGeometry,
	{ positions, groupLength, outPerGroup }: ConvSizes,
	at: Operands,
	product: (group: Operands) => void
): void {
	for (let group = 0; group < g.groups; group++) {
		product({
			filters: (at.filters + group * outPerGroup * groupLength) * 4,
			rows: (at.rows + group * groupLength * positions) * 4,
			outputs: (at.outputs + group * outPerGroup * positions) * 4
		});
	}
}

/** The same contract as convForward (kernels/conv.ts), on the WebAssembly kernels. */
export function convForwardWasm(
	k: WasmKernels,
	input: Float32Array,
	batch: number,
	weights: Float32Array,
	bias: Float32Array | null,
	g: ConvGeometry,
	output: Float32Array
): void {
	if (direct(g)) {
		convForwardDirect(k, input, batch, weights, bias, g, output);
		return;
	}
	const sizes = convSizes(g);
	const { positions, inSize, rowLength, groupLength, outPerGroup, outSize } = sizes;
	const w = FIRST_OPERAND;
	const b = after(w, weights.length);
	const x = after(b, g.outChannels);
	const col = after(x, batch * inSize);
	const y = after(col, rowLength * positions);
	const heap = operands(k, after(y, batch * outSize) - FIRST_OPERAND);
	heap.set(weights, w);
	if (bias) heap.set(bias, b);
	copyIn(heap, x, input, batch * inSize);
	for (let n = 0; n < batch; n++) {
		windows(k, 'im2col', g, x + n * inSize, col);
		perGroup(g, sizes, { filters: w, rows: col, outputs: y + n * outSize }, (at) =>
			k.gemmNN(
				at.filters,
				groupLength,
				1,
				at.rows,
				positions,
				at.outputs,
				positions,
				outPerGroup,
				groupLength,
				positions,
				0
			)
		);
	}
	if (bias) k.addRowBias(y * 4, batch * g.outChannels, g.outChannels, positions, b * 4);
	output.set(heap.subarray(y, y + batch * outSize));
}

/** What convForwardWasm takes: its stride-1 path (convDirect.ts) takes the same. */
export type ConvForwardWasm = typeof convForwardWasm;

/** The same contract as convBackward (kernels/conv.ts), on the WebAssembly kernels. */
export function convBackwardWasm(
	k: WasmKernels,
	input: Float32Array,
	batch: number,
	weights: Float32Array,
	g: ConvGeometry,
	gradOutput: Float32Array,
	gradWeights: Float32Array | null,
	gradBias: Float32Array | null,
	gradInput: Float32Array | null
): void {
	const d = direct(g);
	if (d) {
		convBackwardDirect(
			k,
			input,
			batch,
			weights,
			g,
			d,
			gradOutput,
			gradWeights,
			gradBias,
			gradInput
		);
		return;
	}
	const sizes = convSizes(g);
	const { positions, inSize, rowLength, groupLength, outPerGroup, outSize } = sizes;
	const w = FIRST_OPERAND;
	const x = after(w, weights.length);
	const dy = after(x, batch * inSize);
	const col = after(dy, batch * outSize);
	const dcol = after(col, rowLength * positions);
	const dw = after(dcol, rowLength * positions);
	const dx = after(dw, weights.length);
	const db = after(dx, batch * inSize);
	const heap = operands(k, after(db, g.outChannels) - FIRST_OPERAND);
	heap.set(weights, w);
	if (gradWeights) copyIn(heap, x, input, batch * inSize);
	copyIn(heap, dy, gradOutput, batch * outSize);
	for (let n = 0; n < batch; n++) {
		const dyn = dy + n * outSize;
		if (gradWeights) {
			windows(k, 'im2col', g, x + n * inSize, col);
			// gradW[o, p] += Σ_position gradOut[o, position] · window row p at that position.
			perGroup(g, sizes, { filters: dw, rows: col, outputs: dyn }, (at) =>
				k.gemmNT(
					at.outputs,
					positions,
					at.rows,
					positions,
					at.filters,
					groupLength,
					outPerGroup,
					positions,
					groupLength,
					n > 0 ? 1 : 0
				)
			);
		}
		if (gradInput) {
			// gradRows[p, position] = Σ_o weights[o, p] · gradOut[o, position]: the filters read transposed.
			perGroup(g, sizes, { filters: w, rows: dcol, outputs: dyn }, (at) =>
				k.gemmNN(
					at.filters,
					1,
					groupLength,
					at.outputs,
					positions,
					at.rows,
					positions,
					groupLength,
					outPerGroup,
					positions,
					0
				)
			);
			windows(k, 'col2im', g, dcol, dx + n * inSize);
		}
	}
	if (gradWeights) {
		if (batch > 0) gradWeights.set(heap.subarray(dw, dw + weights.length));
		else gradWeights.fill(0);
	}
	if (gradInput) gradInput.set(heap.subarray(dx, dx + batch * inSize));
	if (gradBias) biasGradient(k, heap, dy, batch, g, db, gradBias);
}
