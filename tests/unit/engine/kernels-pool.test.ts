/**
 * Pooling kernels against the definition of a (dilated) pooling window, written out plainly here because
 * the reference op pool2d has no dilation, on both paths (WebAssembly SIMD and JavaScript). Guards the
 * 2 x 2 fast path, which once ignored dilation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	kernelBackend,
	loadFastKernels,
	maxPoolForward,
	type PoolGeometry,
	useFastKernels
} from '../../../src/lib/engine/kernels';
import { createRandom } from '../../../src/lib/engine/random';

/** Max over the pixels of each window that exist, first winner on a tie: the definition. */
function definitionMaxPool(input: Float32Array, planes: number, g: PoolGeometry) {
	const output: number[] = [];
	const winners: number[] = [];
	for (let p = 0; p < planes; p++) {
		for (let oy = 0; oy < g.outHeight; oy++) {
			for (let ox = 0; ox < g.outWidth; ox++) {
				let best = -Infinity;
				let index = -1;
				for (let ky = 0; ky < g.kernelHeight; ky++) {
					for (let kx = 0; kx < g.kernelWidth; kx++) {
						const y = oy * g.strideY - g.padTop + ky * g.dilationY;
						const x = ox * g.strideX - g.padLeft + kx * g.dilationX;
						if (y < 0 || y >= g.height || x < 0 || x >= g.width) continue;
						const at = (p * g.height + y) * g.width + x;
						if (index < 0 || input[at] > best) {
							best = input[at];
							index = at;
						}
					}
				}
				output.push(index < 0 ? 0 : best);
				winners.push(index);
			}
		}
	}
	return { output, winners };
}

function geometry(size: number, window: number, stride: number, dilation: number): PoolGeometry {
	const out = Math.floor((size - (window - 1) * dilation - 1) / stride) + 1;
	return {
		channels: 2,
		height: size,
		width: size,
		kernelHeight: window,
		kernelWidth: window,
		strideY: stride,
		strideX: stride,
		padTop: 0,
		padLeft: 0,
		dilationY: dilation,
		dilationX: dilation,
		outHeight: out,
		outWidth: out
	};
}

describe.each(['wasm-simd', 'js'] as const)('maxPoolForward, %s kernels', (backend) => {
	beforeAll(async () => {
		await loadFastKernels();
		useFastKernels(backend === 'wasm-simd');
		expect(kernelBackend()).toBe(backend);
	});
	afterAll(() => useFastKernels(true));

	it.each([
		[5, 5, 2, 2, 2],
		[6, 6, 2, 2, 3],
		[8, 8, 2, 2, 1],
		[7, 7, 3, 2, 2],
		[9, 9, 2, 3, 2]
	])(
		'equals the definition on %i x %i planes, window %i, stride %i, dilation %i',
		(size, _size, window, stride, dilation) => {
			const g = geometry(size, window, stride, dilation);
			const rng = createRandom(size * 31 + dilation);
			const planes = 3 * g.channels;
			const input = Float32Array.from({ length: planes * size * size }, () => rng.uniform(-1, 1));
			const count = planes * g.outHeight * g.outWidth;
			const output = new Float32Array(count);
			const winners = new Int32Array(count);
			maxPoolForward(input, planes, g, output, winners);
			const expected = definitionMaxPool(input, planes, g);
			expect(Array.from(winners)).toEqual(expected.winners);
			expect(Array.from(output)).toEqual(expected.output.map((v) => Math.fround(v)));
		}
	);
});
