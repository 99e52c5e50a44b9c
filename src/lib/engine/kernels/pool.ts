/** Max and average pooling over planes, forward and backward. */
import type { PoolGeometry } from './geometry';
import { withFastPath } from './wasm/module';
import { maxPool2x2Wasm, maxPoolBackwardWasm } from './wasm/pointwise';

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
	if (sideBySide2x2(g)) maxPool2x2(input, planes, g, output, winners);
	else maxPoolWindows(input, planes, g, output, winners);
}

/** What a max pooling forward kernel takes: see maxPoolForward. */
export type MaxPoolKernel = typeof maxPoolForward;

/** 2x2 windows side by side (stride 2, no padding, no dilation, no partial window): the common case. */
function sideBySide2x2(g: PoolGeometry): boolean {
	return (
		g.kernelHeight === 2 &&
		g.kernelWidth === 2 &&
		g.strideY === 2 &&
		g.strideX === 2 &&
		g.padTop === 0 &&
		g.padLeft === 0 &&
		g.dilationY === 1 &&
		g.dilationX === 1 &&
		g.outHeight * 2 <= g.height &&
		g.outWidth * 2 <= g.width
	);
}

/** Any windows: each output's window listed by windowPixels. */
const maxPoolWindows: MaxPoolKernel = (input, planes, g, output, winners) => {
	forEachWindow(planes, g, (o, plane, count, pixels) => {
		let best = -Infinity;
		let bestIndex = -1;
		for (let i = 0; i < count; i++) {
			const v = input[plane + pixels[i]];
			// A NaN wins over any number, so a NaN is never silently dropped.
			if (bestIndex < 0 || v > best || (v !== v && best === best)) {
				best = v;
				bestIndex = plane + pixels[i];
			}
		}
		output[o] = bestIndex < 0 ? 0 : best;
		winners[o] = bestIndex;
	});
};

/**
 * The common case, 2x2 windows side by side (see sideBySide2x2), without the edge checks. Same ties and
 * NaN rule.
 */
const maxPool2x2Js: MaxPoolKernel = (input, planes, g, output, winners) => {
	const { height, width, outHeight, outWidth } = g;
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
};

const maxPool2x2 = withFastPath(maxPool2x2Wasm, maxPool2x2Js);

/**
 * Max pooling backward: each output's gradient goes to its winner (gradInput is overwritten).
 * `maxPoolBackward(gy, winners, n, gx)`
 */
export const maxPoolBackward = withFastPath(maxPoolBackwardWasm, maxPoolBackwardJs);

function maxPoolBackwardJs(
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

let scratch = new Int32Array(16);

/** Room for the pixels of one window (see windowPixels), kept from call to call: no buffer per batch. */
function windowScratch(g: PoolGeometry): Int32Array {
	const size = g.kernelHeight * g.kernelWidth;
	if (scratch.length < size) scratch = new Int32Array(size);
	return scratch;
}

/**
 * The pixels output (oy, ox) reads, as indices into its plane, row by row (the order ties are decided
 * in): only those inside the input, so a window that reaches past the edge (padding, or the last window
 * of ceil mode) lists fewer. Returns how many.
 */
function windowPixels(g: PoolGeometry, oy: number, ox: number, into: Int32Array): number {
	let count = 0;
	for (let ky = 0; ky < g.kernelHeight; ky++) {
		const y = oy * g.strideY - g.padTop + ky * g.dilationY;
		if (y < 0 || y >= g.height) continue;
		for (let kx = 0; kx < g.kernelWidth; kx++) {
			const x = ox * g.strideX - g.padLeft + kx * g.dilationX;
			if (x >= 0 && x < g.width) into[count++] = y * g.width + x;
		}
	}
	return count;
}

/**
 * Calls `visit` for every output `o` of `planes` planes, in order, with the plane's offset into the input
 * and the `count` pixels of the output's window in `pixels` (see windowPixels). One loop for every
 * pooling that does not take the 2x2 path, so they cannot disagree on a window.
 */
function forEachWindow(
	planes: number,
	g: PoolGeometry,
	visit: (o: number, plane: number, count: number, pixels: Int32Array) => void
): void {
	const pixels = windowScratch(g);
	let o = 0;
	for (let p = 0; p < planes; p++) {
		const plane = p * g.height * g.width;
		for (let oy = 0; oy < g.outHeight; oy++) {
			for (let ox = 0; ox < g.outWidth; ox++)
				visit(o++, plane, windowPixels(g, oy, ox, pixels), pixels);
		}
	}
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
	forEachWindow(planes, g, (o, plane, count, pixels) => {
		let sum = 0;
		for (let i = 0; i < count; i++) sum += input[plane + pixels[i]];
		const divisor = divide ? count : 1;
		output[o] = divisor > 0 ? sum / divisor : 0;
	});
}

/** Average (or sum) pooling backward: each output's gradient is shared among its window's pixels. */
export function avgPoolBackward(
	gradOutput: Float32Array,
	planes: number,
	g: PoolGeometry,
	gradInput: Float32Array,
	divide: boolean
): void {
	gradInput.fill(0);
	forEachWindow(planes, g, (o, plane, count, pixels) => {
		const divisor = divide ? count : 1;
		const share = divisor > 0 ? gradOutput[o] / divisor : 0;
		for (let i = 0; i < count; i++) gradInput[plane + pixels[i]] += share;
	});
}
