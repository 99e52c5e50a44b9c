/**
 * ReLU and max pooling kernels on both paths (WebAssembly SIMD and the JavaScript fallback) held equal
 * to the readable reference ops, relu and pool2d with their backward passes: lengths that leave a tail
 * after the 4-wide vectors, planes whose output width is not a multiple of 4, odd and non-square planes,
 * a batch of one, ties and NaN.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relu, reluBackward as reluBackwardReference } from '../../../src/lib/engine/activation';
import {
	kernelBackend,
	loadFastKernels,
	maxPoolBackward,
	maxPoolForward,
	type PoolGeometry,
	reluBackward,
	reluForward,
	useFastKernels
} from '../../../src/lib/engine/kernels';
import { pool2d, pool2dBackward } from '../../../src/lib/engine/pool';
import { createRandom } from '../../../src/lib/engine/random';
import { maxDifference, randomTensor } from './ops-helpers';

function pool2x2(channels: number, height: number, width: number): PoolGeometry {
	return {
		channels,
		height,
		width,
		kernelHeight: 2,
		kernelWidth: 2,
		strideY: 2,
		strideX: 2,
		padTop: 0,
		padLeft: 0,
		dilationY: 1,
		dilationX: 1,
		outHeight: Math.floor(height / 2),
		outWidth: Math.floor(width / 2)
	};
}

describe.each(['wasm-simd', 'js'] as const)('%s kernels', (backend) => {
	beforeAll(async () => {
		await loadFastKernels();
		useFastKernels(backend === 'wasm-simd');
		expect(kernelBackend()).toBe(backend);
	});
	afterAll(() => useFastKernels(true));

	it.each([1, 3, 4, 7, 33, 4704])('ReLU equals the reference on %i values', (count) => {
		const rng = createRandom(count);
		const x = randomTensor([count], rng);
		if (count > 3) x.data[2] = 0;
		const y = new Float32Array(count);
		reluForward(x.data, y, count);
		const reference = relu(x);
		expect(maxDifference(y, reference.data)).toBe(0);
		const gradY = randomTensor([count], rng);
		const gradX = new Float32Array(count);
		reluBackward(y, gradY.data, gradX, count);
		const referenceGrad = reluBackwardReference(x, reference, gradY);
		expect(maxDifference(gradX, referenceGrad.data)).toBe(0);
	});

	it('ReLU keeps a NaN a NaN (so a diverging step is seen) and writes only `count` values', () => {
		const x = Float32Array.of(NaN, -1, 2, NaN, -0, 5, NaN, 7);
		const y = new Float32Array(8).fill(9);
		reluForward(x, y, 7);
		expect(Array.from(y)).toEqual([NaN, 0, 2, NaN, 0, 5, NaN, 9]);
		expect(Object.is(y[4], 0)).toBe(true);
	});

	it.each([
		[1, 1, 28, 28],
		[32, 6, 28, 28],
		[3, 16, 10, 10],
		[1, 1, 2, 2],
		[2, 3, 5, 5],
		[1, 2, 7, 18],
		[2, 1, 17, 9],
		[1, 1, 3, 2]
	])('max pooling 2 x 2 equals pool2d: x=[%i,%i,%i,%i]', (batch, channels, height, width) => {
		const rng = createRandom(batch * 1000 + height * 10 + width);
		const x = randomTensor([batch, channels, height, width], rng);
		const g = pool2x2(channels, height, width);
		const count = batch * channels * g.outHeight * g.outWidth;
		const y = new Float32Array(count);
		const winners = new Int32Array(count);
		maxPoolForward(x.data, batch * channels, g, y, winners);
		const reference = pool2d(x, { mode: 'max', window: 2 });
		expect(Array.from(winners)).toEqual(Array.from(reference.winners));
		expect(Array.from(y)).toEqual(Array.from(reference.output.data));
		const gradY = randomTensor(reference.output.shape, rng);
		const gradX = new Float32Array(x.data.length).fill(7);
		maxPoolBackward(gradY.data, winners, count, gradX);
		const referenceGrad = pool2dBackward(x, gradY, { mode: 'max', window: 2 }, reference.winners);
		expect(maxDifference(gradX, referenceGrad.data)).toBe(0);
	});

	it('max pooling 2 x 2: the first of equal values wins, and the first NaN wins over any number', () => {
		// Two planes of 2 x 10, five windows each: all lanes of a vector and the scalar tail.
		const x = Float32Array.from([
			...[1, 1, 0, 2, NaN, 3, 4, 4, 5, 5],
			...[1, 1, 2, 2, 3, NaN, NaN, 4, 6, 6],
			...[0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
			...[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
		]);
		const g = pool2x2(2, 2, 10);
		const y = new Float32Array(10);
		const winners = new Int32Array(10);
		maxPoolForward(x, 2, g, y, winners);
		expect(Array.from(y)).toEqual([1, 2, NaN, NaN, 6, 0, 0, 0, 0, 0]);
		expect(Array.from(winners)).toEqual([0, 3, 4, 16, 18, 20, 22, 24, 26, 28]);
	});
});
