/**
 * Convolution over a batch with the WebAssembly kernels. With stride 1 (LeNet's, and most), "direct":
 * the matrix products read the (padded) input itself through a table of kernel taps, with no window rows
 * (assembly/direct.ts says how). Otherwise, per example, im2col then one matrix product per group
 * (forward), or the weight gradient (window rows times output gradient) and the input gradient (filters
 * times output gradient, folded back by col2im). Backward rebuilds what it needs from the input instead
 * of keeping it: copying a batch's rows out and back costs more than remaking them.
 */
import type { ConvGeometry } from '../geometry';
import { after, FIRST_OPERAND, intOperands, operands, type WasmKernels } from './module';

/** The shapes of a stride-1 convolution computed directly, per example. */
interface Direct {
	/** Padded height and width: what the windows sweep. */
	hp: number;
	wp: number;
	/** Whether the input must be copied into padded planes (false: the windows sweep the input itself). */
	padded: boolean;
	/** Output positions numbered wide, oy * wp + ox: how many up to the last one. */
	wide: number;
	/** Channels per group, and the length of one group's filter (its number of taps). */
	groupChannels: number;
	taps: number;
}

function direct(g: ConvGeometry): Direct | null {
	if (g.strideY !== 1 || g.strideX !== 1 || g.outHeight < 1 || g.outWidth < 1) return null;
	const hp = g.outHeight + (g.kernelHeight - 1) * g.dilationY;
	const wp = g.outWidth + (g.kernelWidth - 1) * g.dilationX;
	const groupChannels = g.channels / g.groups;
	return {
		hp,
		wp,
		padded: g.padTop !== 0 || g.padLeft !== 0 || hp !== g.height || wp !== g.width,
		wide: (g.outHeight - 1) * wp + g.outWidth,
		groupChannels,
		taps: groupChannels * g.kernelHeight * g.kernelWidth
	};
}

/** Writes the tap table at (int) offset `at`: where tap (c, ky, kx) starts in a padded group of planes. */
function writeTaps(g: ConvGeometry, d: Direct, at: number): void {
	const ints = intOperands();
	let p = at;
	for (let c = 0; c < d.groupChannels; c++) {
		for (let ky = 0; ky < g.kernelHeight; ky++) {
			for (let kx = 0; kx < g.kernelWidth; kx++) {
				ints[p++] = (c * d.hp + ky * g.dilationY) * d.wp + kx * g.dilationX;
			}
		}
	}
}

function pad(
	k: WasmKernels,
	fn: 'padPlanes' | 'cropPlanes',
	g: ConvGeometry,
	d: Direct,
	from: number,
	to: number
): void {
	k[fn](from * 4, g.channels, g.height, g.width, g.padTop, g.padLeft, d.hp, d.wp, to * 4);
}

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
	const d = direct(g);
	if (d) {
		convForwardDirect(k, input, batch, weights, bias, g, d, output);
		return;
	}
	const positions = g.outHeight * g.outWidth;
	const inSize = g.channels * g.height * g.width;
	const rowLength = g.channels * g.kernelHeight * g.kernelWidth;
	const groupLength = rowLength / g.groups;
	const outPerGroup = g.outChannels / g.groups;
	const outSize = g.outChannels * positions;
	const w = FIRST_OPERAND;
	const b = after(w, weights.length);
	const x = after(b, g.outChannels);
	const col = after(x, batch * inSize);
	const y = after(col, rowLength * positions);
	const heap = operands(k, after(y, batch * outSize) - FIRST_OPERAND);
	heap.set(weights, w);
	if (bias) heap.set(bias, b);
	heap.set(input.length === batch * inSize ? input : input.subarray(0, batch * inSize), x);
	for (let n = 0; n < batch; n++) {
		windows(k, 'im2col', g, x + n * inSize, col);
		for (let group = 0; group < g.groups; group++) {
			k.gemmNN(
				(w + group * outPerGroup * groupLength) * 4,
				groupLength,
				1,
				(col + group * groupLength * positions) * 4,
				positions,
				(y + n * outSize + group * outPerGroup * positions) * 4,
				positions,
				outPerGroup,
				groupLength,
				positions,
				0
			);
		}
	}
	if (bias) k.addRowBias(y * 4, batch * g.outChannels, g.outChannels, positions, b * 4);
	output.set(heap.subarray(y, y + batch * outSize));
}

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
		convBackwardDirect(k, input, batch, weights, g, d, gradOutput, gradWeights, gradInput);
		if (gradBias) biasGradient(gradOutput, batch, g, gradBias);
		return;
	}
	const positions = g.outHeight * g.outWidth;
	const inSize = g.channels * g.height * g.width;
	const rowLength = g.channels * g.kernelHeight * g.kernelWidth;
	const groupLength = rowLength / g.groups;
	const outPerGroup = g.outChannels / g.groups;
	const outSize = g.outChannels * positions;
	const w = FIRST_OPERAND;
	const x = after(w, weights.length);
	const dy = after(x, batch * inSize);
	const col = after(dy, batch * outSize);
	const dcol = after(col, rowLength * positions);
	const dw = after(dcol, rowLength * positions);
	const dx = after(dw, weights.length);
	const heap = operands(k, after(dx, batch * inSize) - FIRST_OPERAND);
	heap.set(weights, w);
	if (gradWeights)
		heap.set(input.length === batch * inSize ? input : input.subarray(0, batch * inSize), x);
	heap.set(
		gradOutput.length === batch * outSize ? gradOutput : gradOutput.subarray(0, batch * outSize),
		dy
	);
	for (let n = 0; n < batch; n++) {
		const dyn = dy + n * outSize;
		if (gradWeights) {
			windows(k, 'im2col', g, x + n * inSize, col);
			for (let group = 0; group < g.groups; group++) {
				// gradW[o, p] += Σ_position gradOut[o, position] · window row p at that position.
				k.gemmNT(
					(dyn + group * outPerGroup * positions) * 4,
					positions,
					(col + group * groupLength * positions) * 4,
					positions,
					(dw + group * outPerGroup * groupLength) * 4,
					groupLength,
					outPerGroup,
					positions,
					groupLength,
					n > 0 ? 1 : 0
				);
			}
		}
		if (gradInput) {
			for (let group = 0; group < g.groups; group++) {
				// gradRows[p, position] = Σ_o weights[o, p] · gradOut[o, position]: the filters read transposed.
				k.gemmNN(
					(w + group * outPerGroup * groupLength) * 4,
					1,
					groupLength,
					(dyn + group * outPerGroup * positions) * 4,
					positions,
					(dcol + group * groupLength * positions) * 4,
					positions,
					groupLength,
					outPerGroup,
					positions,
					0
				);
			}
			windows(k, 'col2im', g, dcol, dx + n * inSize);
		}
	}
	if (gradWeights) {
		if (batch > 0) gradWeights.set(heap.subarray(dw, dw + weights.length));
		else gradWeights.fill(0);
	}
	if (gradInput) gradInput.set(heap.subarray(dx, dx + batch * inSize));
	if (gradBias) biasGradient(gradOutput, batch, g, gradBias);
}

/** gradBias[o] = Σ over the batch and the positions of gradOutput[n, o, position] (overwritten). */
function biasGradient(
	gradOutput: Float32Array,
	batch: number,
	g: ConvGeometry,
	gradBias: Float32Array
): void {
	const positions = g.outHeight * g.outWidth;
	gradBias.fill(0);
	for (let n = 0; n < batch; n++) {
		for (let o = 0; o < g.outChannels; o++) {
			let sum = 0;
			const start = (n * g.outChannels + o) * positions;
			for (let j = 0; j < positions; j++) sum += gradOutput[start + j];
			gradBias[o] += sum;
		}
	}
}

/** convForwardWasm for stride 1: per example, (pad,) one product per group through the taps, narrow. */
function convForwardDirect(
	k: WasmKernels,
	input: Float32Array,
	batch: number,
	weights: Float32Array,
	bias: Float32Array | null,
	g: ConvGeometry,
	d: Direct,
	output: Float32Array
): void {
	const inSize = g.channels * g.height * g.width;
	const outSize = g.outChannels * g.outHeight * g.outWidth;
	const outPerGroup = g.outChannels / g.groups;
	const plane = d.hp * d.wp;
	const w = FIRST_OPERAND;
	const b = after(w, weights.length);
	const taps = after(b, g.outChannels);
	const x = after(taps, d.taps);
	const padded = after(x, batch * inSize);
	const wide = after(padded, d.padded ? g.channels * plane : 0);
	const y = after(wide, g.outChannels * d.wide);
	const heap = operands(k, after(y, batch * outSize) - FIRST_OPERAND);
	heap.set(weights, w);
	if (bias) heap.set(bias, b);
	writeTaps(g, d, taps);
	heap.set(input.length === batch * inSize ? input : input.subarray(0, batch * inSize), x);
	for (let n = 0; n < batch; n++) {
		let source = x + n * inSize;
		if (d.padded) {
			pad(k, 'padPlanes', g, d, source, padded);
			source = padded;
		}
		for (let group = 0; group < g.groups; group++) {
			k.gemmTaps(
				(w + group * outPerGroup * d.taps) * 4,
				d.taps,
				1,
				(source + group * d.groupChannels * plane) * 4,
				taps * 4,
				(wide + group * outPerGroup * d.wide) * 4,
				d.wide,
				outPerGroup,
				d.taps,
				d.wide
			);
		}
		k.narrowRows(
			wide * 4,
			d.wide,
			d.wp,
			g.outChannels,
			g.outHeight,
			g.outWidth,
			(y + n * outSize) * 4,
			bias ? b * 4 : 0,
			g.outChannels
		);
	}
	output.set(heap.subarray(y, y + batch * outSize));
}

/**
 * convBackwardWasm for stride 1 (without the bias): per example, the output gradient widened; the
 * weight gradient as the taps' runs of the padded input times it; the input gradient as the filters
 * (transposed) times it, each tap's row added back where the tap read, then cropped.
 */
function convBackwardDirect(
	k: WasmKernels,
	input: Float32Array,
	batch: number,
	weights: Float32Array,
	g: ConvGeometry,
	d: Direct,
	gradOutput: Float32Array,
	gradWeights: Float32Array | null,
	gradInput: Float32Array | null
): void {
	const inSize = g.channels * g.height * g.width;
	const outSize = g.outChannels * g.outHeight * g.outWidth;
	const outPerGroup = g.outChannels / g.groups;
	const plane = d.hp * d.wp;
	const padSize = d.padded ? g.channels * plane : 0;
	const w = FIRST_OPERAND;
	const taps = after(w, weights.length);
	const x = after(taps, d.taps);
	const padded = after(x, batch * inSize);
	const dy = after(padded, padSize);
	const dyWide = after(dy, batch * outSize);
	const dw = after(dyWide, g.outChannels * d.wide);
	const rows = after(dw, weights.length);
	const dPadded = after(rows, d.taps * d.wide);
	const dx = after(dPadded, padSize);
	const heap = operands(k, after(dx, batch * inSize) - FIRST_OPERAND);
	heap.set(weights, w);
	writeTaps(g, d, taps);
	if (gradWeights) {
		heap.set(input.length === batch * inSize ? input : input.subarray(0, batch * inSize), x);
	}
	heap.set(
		gradOutput.length === batch * outSize ? gradOutput : gradOutput.subarray(0, batch * outSize),
		dy
	);
	if (gradWeights) heap.fill(0, dw, dw + weights.length);
	for (let n = 0; n < batch; n++) {
		k.widenRows(
			(dy + n * outSize) * 4,
			g.outChannels,
			g.outHeight,
			g.outWidth,
			dyWide * 4,
			d.wide,
			d.wp
		);
		if (gradWeights) {
			let source = x + n * inSize;
			if (d.padded) {
				pad(k, 'padPlanes', g, d, source, padded);
				source = padded;
			}
			for (let group = 0; group < g.groups; group++) {
				// gradW[o, p] += Σ_j gradOut[o, j] · input run of tap p at j, written transposed (p, o).
				k.gemmTapsNT(
					(source + group * d.groupChannels * plane) * 4,
					taps * 4,
					(dyWide + group * outPerGroup * d.wide) * 4,
					d.wide,
					(dw + group * outPerGroup * d.taps) * 4,
					1,
					d.taps,
					d.taps,
					d.wide,
					outPerGroup,
					1
				);
			}
		}
		if (gradInput) {
			const target = d.padded ? dPadded : dx + n * inSize;
			heap.fill(0, target, target + g.channels * plane);
			for (let group = 0; group < g.groups; group++) {
				// rows[p, j] = Σ_o weights[o, p] · gradOut[o, j]: the filters read transposed.
				k.gemmNN(
					(w + group * outPerGroup * d.taps) * 4,
					1,
					d.taps,
					(dyWide + group * outPerGroup * d.wide) * 4,
					d.wide,
					rows * 4,
					d.wide,
					d.taps,
					outPerGroup,
					d.wide,
					0
				);
				k.addAtTaps(
					rows * 4,
					d.wide,
					taps * 4,
					d.taps,
					d.wide,
					(target + group * d.groupChannels * plane) * 4
				);
			}
			if (d.padded) pad(k, 'cropPlanes', g, d, dPadded, dx + n * inSize);
		}
	}
	if (gradWeights) gradWeights.set(heap.subarray(dw, dw + weights.length));
	if (gradInput) gradInput.set(heap.subarray(dx, dx + batch * inSize));
}
