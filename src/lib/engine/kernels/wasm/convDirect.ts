/**
 * Stride-1 convolution on the WebAssembly kernels, "direct": the matrix products read the (padded)
 * input itself through a table of kernel taps, with no window rows (assembly/direct.ts says how).
 * kernels/wasm/conv.ts sends every stride-1 convolution here and does the others with im2col.
 */
import { type ConvGeometry, convSizes } from '../geometry';
import type { ConvForwardWasm } from './conv';
import { after, copyIn, FIRST_OPERAND, intOperands, operands, type WasmKernels } from './module';

/** The shapes of a stride-1 convolution computed directly, per example. */
export interface Direct {
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

/** The direct plan of a convolution, or null when its stride is not 1 (then im2col serves). */
export function direct(g: ConvGeometry): Direct | null {
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

/**
 * Where the windows sweep one example that starts at (float) offset `example`: the example itself, or
 * its copy into padded planes at `padded` when the convolution pads.
 */
function sweptInput(
	k: WasmKernels,
	g: ConvGeometry,
	d: Direct,
	example: number,
	padded: number
): number {
	if (!d.padded) return example;
	pad(k, 'padPlanes', g, d, example, padded);
	return padded;
}

/**
 * convForwardWasm for stride 1 (which alone it sends here): per example, (pad,) one product per group
 * through the taps, narrow.
 */
export const convForwardDirect: ConvForwardWasm = (k, input, batch, weights, bias, g, output) => {
	const d = direct(g);
	if (!d) throw new Error('convForwardDirect: the direct path is for stride 1 only');
	const { inSize, outSize, outPerGroup } = convSizes(g);
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
	copyIn(heap, x, input, batch * inSize);
	for (let n = 0; n < batch; n++) {
		const source = sweptInput(k, g, d, x + n * inSize, padded);
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
};

/**
 * convBackwardWasm for stride 1: per example, the output gradient widened; the
 * weight gradient as the taps' runs of the padded input times it; the input gradient as the filters
 * (transposed) times it, each tap's row added back where the tap read, then cropped.
 */
export function convBackwardDirect(
	k: WasmKernels,
	input: Float32Array,
	batch: number,
	weights: Float32Array,
	g: ConvGeometry,
	d: Direct,
	gradOutput: Float32Array,
	gradWeights: Float32Array | null,
	gradBias: Float32Array | null,
	gradInput: Float32Array | null
): void {
	const { inSize, outSize, outPerGroup } = convSizes(g);
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
	const db = after(dx, batch * inSize);
	const heap = operands(k, after(db, g.outChannels) - FIRST_OPERAND);
	heap.set(weights, w);
	writeTaps(g, d, taps);
	if (gradWeights) copyIn(heap, x, input, batch * inSize);
	copyIn(heap, dy, gradOutput, batch * outSize);
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
			const source = sweptInput(k, g, d, x + n * inSize, padded);
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
	if (gradBias) biasGradient(k, heap, dy, batch, g, db, gradBias);
}

/**
 * gradBias[o] = Σ over the batch and the positions of gradOutput[n, o, position] (overwritten), from the
 * output gradient already in the module's memory at (float) offset `dy`; `at` is free room for the sums.
 */
export function biasGradient(
	k: WasmKernels,
	heap: Float32Array,
	dy: number,
	batch: number,
	g: ConvGeometry,
	at: number,
	gradBias: Float32Array
): void {
	heap.fill(0, at, at + g.outChannels);
	k.rowBiasGradient(dy * 4, batch * g.outChannels, g.outChannels, g.outHeight * g.outWidth, at * 4);
	gradBias.set(heap.subarray(at, at + g.outChannels));
}
