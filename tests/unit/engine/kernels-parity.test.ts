/**
 * Both kernel paths, the WebAssembly SIMD one and the JavaScript fallback, held equal to the readable
 * reference ops (conv2d, dense and their backward passes) within 1e-5 relative, on the shapes the lessons
 * train (LeNet-5's, batch 32) and on random odd ones: 1 x 1 kernels, non-square images, stride larger than
 * the kernel, dilation, groups, padding, a batch of one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conv2d, conv2dBackward } from '../../../src/lib/engine/conv';
import { dense, denseBackward } from '../../../src/lib/engine/dense';
import {
	kernelBackend,
	loadFastKernels,
	simdSupported,
	useFastKernels
} from '../../../src/lib/engine/kernels';
import { Conv2D, Dense } from '../../../src/lib/engine/layers';
import { createRandom, type Random } from '../../../src/lib/engine/random';
import type { Tensor } from '../../../src/lib/engine/tensor';
import { maxDifference, randomTensor } from './ops-helpers';

const copy = (t: Tensor): Tensor => ({ shape: [...t.shape], data: new Float32Array(t.data) });

interface ConvCase {
	batch: number;
	inChannels: number;
	outChannels: number;
	height: number;
	width: number;
	kernelSize: number;
	stride: number;
	padding: number;
	dilation: number;
	groups: number;
}

const lessonConvs: ConvCase[] = [
	// LeNet-5's two convolutions, as lesson 12 trains them.
	{
		batch: 32,
		inChannels: 1,
		outChannels: 6,
		height: 28,
		width: 28,
		kernelSize: 5,
		stride: 1,
		padding: 2,
		dilation: 1,
		groups: 1
	},
	{
		batch: 32,
		inChannels: 6,
		outChannels: 16,
		height: 14,
		width: 14,
		kernelSize: 5,
		stride: 1,
		padding: 0,
		dilation: 1,
		groups: 1
	},
	// 1 x 1, stride > kernel, non-square, dilation, depthwise.
	{
		batch: 3,
		inChannels: 5,
		outChannels: 7,
		height: 6,
		width: 9,
		kernelSize: 1,
		stride: 1,
		padding: 0,
		dilation: 1,
		groups: 1
	},
	{
		batch: 2,
		inChannels: 2,
		outChannels: 3,
		height: 11,
		width: 7,
		kernelSize: 2,
		stride: 3,
		padding: 1,
		dilation: 1,
		groups: 1
	},
	{
		batch: 1,
		inChannels: 3,
		outChannels: 4,
		height: 13,
		width: 10,
		kernelSize: 3,
		stride: 2,
		padding: 2,
		dilation: 3,
		groups: 1
	},
	{
		batch: 2,
		inChannels: 4,
		outChannels: 4,
		height: 9,
		width: 9,
		kernelSize: 3,
		stride: 1,
		padding: 1,
		dilation: 1,
		groups: 4
	}
];

function randomConv(rng: Random): ConvCase {
	const groups = 1 + rng.int(3);
	const kernelSize = 1 + rng.int(5);
	const dilation = 1 + rng.int(3);
	const span = (kernelSize - 1) * dilation + 1;
	return {
		batch: 1 + rng.int(4),
		inChannels: groups * (1 + rng.int(3)),
		outChannels: groups * (1 + rng.int(5)),
		height: Math.max(span, 1 + rng.int(14)),
		width: Math.max(span, 1 + rng.int(14)),
		kernelSize,
		stride: 1 + rng.int(4),
		padding: rng.int(3),
		dilation,
		groups
	};
}

function checkConv(c: ConvCase, rng: Random): void {
	const label = JSON.stringify(c);
	const { batch, inChannels, height, width, ...config } = c;
	const layer = new Conv2D({ inChannels, ...config }, rng);
	if (layer.bias) layer.bias.value.data.forEach((_, i, b) => (b[i] = rng.uniform(-1, 1)));
	const x = randomTensor([batch, inChannels, height, width], rng);
	const options = { stride: c.stride, padding: c.padding, dilation: c.dilation, groups: c.groups };
	const fast = copy(layer.forward(x, true));
	const reference = conv2d(x, layer.weights.value, layer.bias?.value ?? null, options);
	expect(fast.shape, label).toEqual(reference.shape);
	expect(maxDifference(fast.data, reference.data), label).toBeLessThan(1e-5);
	const gradOutput = randomTensor(fast.shape, rng);
	// Zero some gradients, as ReLU and max pooling do (the JavaScript path skips them).
	gradOutput.data.forEach((_, i, g) => {
		if (rng.next() < 0.4) g[i] = 0;
	});
	const gradInput = copy(layer.backward(gradOutput));
	const ref = conv2dBackward(x, layer.weights.value, gradOutput, options);
	expect(maxDifference(gradInput.data, ref.gradInput.data), label).toBeLessThan(1e-5);
	expect(maxDifference(layer.weights.grad.data, ref.gradWeight.data), label).toBeLessThan(1e-5);
	expect(maxDifference(layer.bias!.grad.data, ref.gradBias.data), label).toBeLessThan(1e-5);
}

function checkDense(batch: number, inputs: number, outputs: number, rng: Random): void {
	const label = `dense batch ${batch}, ${inputs} -> ${outputs}`;
	const layer = new Dense({ inputs, outputs }, rng);
	layer.bias!.value.data.forEach((_, i, b) => (b[i] = rng.uniform(-1, 1)));
	const x = randomTensor([batch, inputs], rng);
	const fast = copy(layer.forward(x, true));
	const reference = dense(x, layer.weights.value, layer.bias!.value);
	expect(maxDifference(fast.data, reference.data), label).toBeLessThan(1e-5);
	const gradOutput = randomTensor(fast.shape, rng);
	const gradInput = copy(layer.backward(gradOutput));
	const ref = denseBackward(x, layer.weights.value, gradOutput);
	expect(maxDifference(gradInput.data, ref.gradInput.data), label).toBeLessThan(1e-5);
	expect(maxDifference(layer.weights.grad.data, ref.gradWeight.data), label).toBeLessThan(1e-5);
	expect(maxDifference(layer.bias!.grad.data, ref.gradBias.data), label).toBeLessThan(1e-5);
}

it('finds WebAssembly SIMD in this Node (the fast path is tested, not skipped)', async () => {
	expect(simdSupported()).toBe(true);
	expect(await loadFastKernels()).toBe(true);
});

describe.each(['wasm-simd', 'js'] as const)('%s kernels', (backend) => {
	beforeAll(async () => {
		await loadFastKernels();
		useFastKernels(backend === 'wasm-simd');
		expect(kernelBackend()).toBe(backend);
	});
	afterAll(() => useFastKernels(true));

	it.each(lessonConvs.map((c) => [JSON.stringify(c), c] as const))(
		'convolution equals the reference: %s',
		(_label, c) => checkConv(c, createRandom(c.height * 100 + c.outChannels))
	);

	it('convolution equals the reference on 40 random configurations', () => {
		const rng = createRandom(4242);
		for (let trial = 0; trial < 40; trial++) checkConv(randomConv(rng), rng);
	});

	it.each([
		[32, 400, 120],
		[32, 120, 84],
		[32, 84, 10],
		[100, 400, 120],
		[1, 1, 1],
		[3, 7, 5],
		[5, 17, 9]
	])('dense equals the reference: batch %i, %i -> %i', (batch, inputs, outputs) => {
		checkDense(batch, inputs, outputs, createRandom(batch + inputs + outputs));
	});
});

it('a backward after a forward on the other path still uses the rows that forward made', async () => {
	await loadFastKernels();
	const rng = createRandom(5);
	const layer = new Conv2D({ inChannels: 2, outChannels: 3, kernelSize: 3, padding: 1 }, rng);
	const x = randomTensor([2, 2, 5, 5], rng);
	const gradOutput = randomTensor([2, 3, 5, 5], rng);
	const ref = conv2dBackward(x, layer.weights.value, gradOutput, { padding: 1 });
	for (const [forwardFast, backwardFast] of [
		[true, false],
		[false, true]
	]) {
		useFastKernels(forwardFast);
		layer.forward(x, true);
		useFastKernels(backwardFast);
		const gradInput = layer.backward(gradOutput);
		expect(maxDifference(gradInput.data, ref.gradInput.data)).toBeLessThan(1e-5);
	}
	useFastKernels(true);
});
