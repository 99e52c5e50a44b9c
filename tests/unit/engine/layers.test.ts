/**
 * Layers: a centred finite-difference gradient check for every layer (inputs and parameters), parity of
 * the fast kernels with the readable reference ops on random configurations, shapes and errors.
 */
import { describe, expect, it } from 'vitest';
import {
	AvgPool2D,
	Conv2D,
	Dense,
	Flatten,
	type Layer,
	LeakyReLU,
	MaxPool2D,
	ReLU,
	Sigmoid,
	Tanh
} from '../../../src/lib/engine/layers';
import { conv2d, conv2dBackward } from '../../../src/lib/engine/conv';
import { dense, denseBackward } from '../../../src/lib/engine/dense';
import { pool2d, pool2dBackward } from '../../../src/lib/engine/pool';
import { relu } from '../../../src/lib/engine/activation';
import { ShapeError } from '../../../src/lib/engine/shape';
import { createRandom } from '../../../src/lib/engine/random';
import type { Shape, Tensor } from '../../../src/lib/engine/tensor';
import {
	distinctTensor,
	expectGradient,
	maxDifference,
	randomTensor,
	weightedSum
} from './ops-helpers';

const copy = (t: Tensor): Tensor => ({ shape: [...t.shape], data: new Float32Array(t.data) });

/**
 * Checks a layer's backward pass against finite differences of L = Σ forward(x) · r, with respect to
 * the input and to every parameter.
 */
function checkLayer(
	label: string,
	layer: Layer,
	x: Tensor,
	tolerance = 1e-2,
	epsilon = 1e-2
): void {
	const rng = createRandom(7);
	const out = layer.forward(x, true);
	const r = randomTensor(out.shape, rng);
	const gradInput = copy(layer.backward(r));
	const paramGrads = layer.parameters().map((p) => new Float32Array(p.grad.data));
	const loss = () => weightedSum(layer.forward(x, false), r);
	expectGradient(`${label} input`, loss, x.data, gradInput.data, tolerance, epsilon);
	layer.parameters().forEach((p, i) => {
		expectGradient(`${label} ${p.name}`, loss, p.value.data, paramGrads[i], tolerance, epsilon);
	});
}

const convCases: {
	x: Shape;
	out: number;
	k: number;
	s?: number;
	p?: number;
	d?: number;
	g?: number;
	bias?: boolean;
}[] = [
	{ x: [1, 1, 5, 5], out: 2, k: 3, s: 2, p: 1 },
	{ x: [2, 2, 6, 6], out: 3, k: 3 },
	{ x: [2, 3, 7, 6], out: 2, k: 2, s: 3, p: 1 },
	{ x: [1, 2, 7, 7], out: 2, k: 3, d: 2, p: 2 },
	{ x: [2, 4, 5, 5], out: 4, k: 3, g: 2, p: 1 },
	{ x: [1, 3, 4, 4], out: 3, k: 3, g: 3, bias: false },
	{ x: [2, 3, 4, 4], out: 5, k: 1 },
	{ x: [1, 1, 4, 4], out: 1, k: 2, s: 2, p: 1 }
];

const convLabel = (c: (typeof convCases)[number]) =>
	`x=[${c.x}] out=${c.out} k=${c.k} s=${c.s ?? 1} p=${c.p ?? 0} d=${c.d ?? 1} g=${c.g ?? 1}${c.bias === false ? ' no bias' : ''}`;

function makeConv(c: (typeof convCases)[number], seed: number): Conv2D {
	const layer = new Conv2D(
		{
			inChannels: c.x[1],
			outChannels: c.out,
			kernelSize: c.k,
			stride: c.s,
			padding: c.p,
			dilation: c.d,
			groups: c.g,
			bias: c.bias
		},
		createRandom(seed)
	);
	if (layer.bias) layer.bias.value.data.forEach((_, i, b) => (b[i] = 0.1 * (i - 1)));
	return layer;
}

describe('Conv2D', () => {
	it.each(convCases.map((c) => [convLabel(c), c] as const))('gradient check %s', (label, c) => {
		checkLayer(label, makeConv(c, 3), randomTensor(c.x, createRandom(11)));
	});

	it.each(convCases.map((c) => [convLabel(c), c] as const))(
		'equals the reference conv2d and conv2dBackward %s',
		(_label, c) => {
			const layer = makeConv(c, 5);
			const x = randomTensor(c.x, createRandom(13));
			const options = { stride: c.s, padding: c.p, dilation: c.d, groups: c.g };
			const fast = copy(layer.forward(x, true));
			const bias = layer.bias ? layer.bias.value : null;
			const reference = conv2d(x, layer.weights.value, bias, options);
			expect(fast.shape).toEqual(reference.shape);
			expect(maxDifference(fast.data, reference.data)).toBeLessThan(1e-5);
			const gradOutput = randomTensor(fast.shape, createRandom(17));
			// Zero some gradients, as ReLU and pooling do: the fast backward skips them.
			gradOutput.data.forEach((_, i, g) => {
				if (i % 3 === 0) g[i] = 0;
			});
			const gradInput = copy(layer.backward(gradOutput));
			const ref = conv2dBackward(x, layer.weights.value, gradOutput, options);
			expect(maxDifference(gradInput.data, ref.gradInput.data)).toBeLessThan(1e-5);
			expect(maxDifference(layer.weights.grad.data, ref.gradWeight.data)).toBeLessThan(1e-5);
			if (layer.bias) {
				expect(maxDifference(layer.bias.grad.data, ref.gradBias.data)).toBeLessThan(1e-5);
			}
		}
	);

	it('equals the reference on 20 random configurations', () => {
		const rng = createRandom(2024);
		for (let trial = 0; trial < 20; trial++) {
			const groups = 1 + rng.int(2);
			const inChannels = groups * (1 + rng.int(3));
			const outChannels = groups * (1 + rng.int(3));
			const kernelSize = 1 + rng.int(4);
			const stride = 1 + rng.int(3);
			const padding = rng.int(3);
			const dilation = 1 + rng.int(2);
			const span = (kernelSize - 1) * dilation + 1;
			const height = Math.max(span, 3 + rng.int(8));
			const width = Math.max(span, 3 + rng.int(8));
			const batch = 1 + rng.int(3);
			const layer = new Conv2D(
				{ inChannels, outChannels, kernelSize, stride, padding, dilation, groups },
				rng
			);
			const label = `x=[${batch},${inChannels},${height},${width}] out=${outChannels} k=${kernelSize} s=${stride} p=${padding} d=${dilation} g=${groups}`;
			const x = randomTensor([batch, inChannels, height, width], rng);
			const options = { stride, padding, dilation, groups };
			const fast = copy(layer.forward(x, true));
			const reference = conv2d(x, layer.weights.value, layer.bias?.value ?? null, options);
			expect(maxDifference(fast.data, reference.data), label).toBeLessThan(1e-5);
			const gradOutput = randomTensor(fast.shape, rng);
			const gradInput = layer.backward(gradOutput);
			const ref = conv2dBackward(x, layer.weights.value, gradOutput, options);
			expect(maxDifference(gradInput.data, ref.gradInput.data), label).toBeLessThan(1e-5);
			expect(maxDifference(layer.weights.grad.data, ref.gradWeight.data), label).toBeLessThan(1e-5);
		}
	});

	it('gives the output shape of the formula: 28x28, kernel 5, padding 2 -> 6 x 28 x 28', () => {
		const conv = new Conv2D(
			{ inChannels: 1, outChannels: 6, kernelSize: 5, padding: 2 },
			createRandom(1)
		);
		expect(conv.outputShape([1, 28, 28])).toEqual([6, 28, 28]);
		expect(conv.parameters().map((p) => p.value.shape)).toEqual([[6, 1, 5, 5], [6]]);
	});

	it('refuses a wrong channel count, a missing batch axis and a kernel larger than the input', () => {
		const conv = new Conv2D({ inChannels: 3, outChannels: 2, kernelSize: 3 }, createRandom(1));
		expect(() => conv.forward(randomTensor([1, 1, 5, 5], createRandom(1)), false)).toThrow(
			/expects 3 input channel/
		);
		expect(() => conv.forward(randomTensor([3, 5, 5], createRandom(1)), false)).toThrow(
			/add a batch axis/
		);
		expect(() => conv.outputShape([3, 2, 2])).toThrow(ShapeError);
		expect(
			() => new Conv2D({ inChannels: 3, outChannels: 4, kernelSize: 3, groups: 2 }, createRandom(1))
		).toThrow(/groups must divide/);
		expect(() => conv.backward(randomTensor([1, 2, 3, 3], createRandom(1)))).toThrow(
			/forward pass with training = true/
		);
	});

	it('handles a batch of one, then a larger batch, then one again with the same weights', () => {
		const conv = new Conv2D(
			{ inChannels: 1, outChannels: 2, kernelSize: 3, padding: 1 },
			createRandom(4)
		);
		const x = randomTensor([3, 1, 5, 5], createRandom(5));
		const all = copy(conv.forward(x, false));
		const one = copy(conv.forward({ shape: [1, 1, 5, 5], data: x.data.slice(25, 50) }, false));
		expect(maxDifference(one.data, all.data.slice(50, 100))).toBeLessThan(1e-6);
	});
});

const poolCases: {
	x: Shape;
	size: number;
	stride?: number;
	padding?: number;
	edge?: 'drop' | 'partial';
}[] = [
	{ x: [1, 1, 4, 4], size: 2 },
	{ x: [2, 3, 5, 5], size: 2, edge: 'partial' },
	{ x: [1, 2, 7, 7], size: 3, stride: 2 },
	{ x: [1, 1, 6, 6], size: 3, stride: 2, edge: 'partial' },
	{ x: [2, 1, 5, 5], size: 2, stride: 1 },
	{ x: [1, 2, 5, 5], size: 3, stride: 2, padding: 1 }
];
const poolLabel = (c: (typeof poolCases)[number]) =>
	`x=[${c.x}] window=${c.size} s=${c.stride ?? c.size} p=${c.padding ?? 0} edge=${c.edge ?? 'drop'}`;

describe('MaxPool2D and AvgPool2D', () => {
	it.each(poolCases.map((c) => [poolLabel(c), c] as const))(
		'max pool gradient check %s',
		(label, c) => {
			checkLayer(label, new MaxPool2D(c), distinctTensor(c.x, createRandom(3)), 1e-2, 1e-3);
		}
	);

	it.each(poolCases.map((c) => [poolLabel(c), c] as const))(
		'average pool gradient check %s',
		(label, c) => {
			checkLayer(label, new AvgPool2D(c), randomTensor(c.x, createRandom(3)));
		}
	);

	it.each(poolCases.filter((c) => !c.padding).map((c) => [poolLabel(c), c] as const))(
		'equal the reference pool2d (max with winners, mean) %s',
		(_label, c) => {
			const x = randomTensor(c.x, createRandom(9));
			const options = { window: c.size, stride: c.stride, edge: c.edge };
			const max = new MaxPool2D(c);
			const fast = copy(max.forward(x, true));
			const ref = pool2d(x, { mode: 'max', ...options });
			expect(fast.shape).toEqual(ref.output.shape);
			expect(maxDifference(fast.data, ref.output.data)).toBeLessThan(1e-7);
			expect(Array.from(max.inspect().winners ?? [])).toEqual(Array.from(ref.winners));
			const gradOutput = randomTensor(fast.shape, createRandom(10));
			const refGrad = pool2dBackward(x, gradOutput, { mode: 'max', ...options }, ref.winners);
			expect(maxDifference(max.backward(gradOutput).data, refGrad.data)).toBeLessThan(1e-6);

			const avg = new AvgPool2D(c);
			const fastMean = copy(avg.forward(x, true));
			const refMean = pool2d(x, { mode: 'mean', ...options });
			expect(maxDifference(fastMean.data, refMean.output.data)).toBeLessThan(1e-6);
			const refMeanGrad = pool2dBackward(x, gradOutput, { mode: 'mean', ...options });
			expect(maxDifference(avg.backward(gradOutput).data, refMeanGrad.data)).toBeLessThan(1e-6);
		}
	);

	it('keeps the winner of each window, the first one on a tie, and lets a NaN through', () => {
		const pool = new MaxPool2D({ size: 2 });
		const x: Tensor = {
			shape: [1, 1, 2, 4],
			data: Float32Array.from([1, 5, 7, 7, 3, 2, 7, NaN])
		};
		const out = pool.forward(x, false);
		expect(Array.from(out.data.slice(0, 1))).toEqual([5]);
		expect(Number.isNaN(out.data[1])).toBe(true);
		expect(Array.from(pool.inspect().winners ?? [])).toEqual([1, 7]);
		const tie = pool.forward({ shape: [1, 1, 2, 2], data: Float32Array.from([4, 4, 4, 4]) }, false);
		expect(tie.data[0]).toBe(4);
		expect(Array.from(pool.inspect().winners ?? [])).toEqual([0]);
	});

	it('says what to change when the window does not fit', () => {
		expect(() => new MaxPool2D({ size: 3 }).outputShape([1, 2, 2])).toThrow(/window 3 is larger/);
		expect(() => new MaxPool2D({ size: 2, padding: 2 })).toThrow(/padding 2 is more than half/);
	});
});

describe('activations, Flatten and Dense', () => {
	const activations: [string, () => Layer][] = [
		['ReLU', () => new ReLU()],
		['LeakyReLU slope=0.1', () => new LeakyReLU({ slope: 0.1 })],
		['Sigmoid', () => new Sigmoid()],
		['Tanh', () => new Tanh()]
	];
	it.each(activations)('%s gradient check x=[2,3,4,4]', (label, make) => {
		checkLayer(label, make(), distinctTensor([2, 3, 4, 4], createRandom(4), 0.03), 1e-2, 1e-3);
	});

	it('ReLU equals the reference and keeps its pre-activation for inspection', () => {
		const x = randomTensor([2, 3, 4, 4], createRandom(8));
		const layer = new ReLU();
		expect(maxDifference(layer.forward(x, false).data, relu(x).data)).toBe(0);
		const seen = layer.inspect();
		expect(Array.from(seen.input.data)).toEqual(Array.from(x.data));
		seen.input.data[0] = 99; // a copy: the layer is not affected
		expect(layer.inspect().input.data[0]).toBe(x.data[0]);
	});

	it('Flatten gradient check x=[2,3,2,2] and its shape', () => {
		checkLayer('Flatten', new Flatten(), randomTensor([2, 3, 2, 2], createRandom(2)));
		expect(new Flatten().outputShape([16, 5, 5])).toEqual([400]);
	});

	it.each([
		[1, 5, 3],
		[4, 7, 2],
		[3, 12, 10]
	])(
		'Dense gradient check batch=%i inputs=%i outputs=%i, equal to the reference',
		(batch, inputs, outputs) => {
			const layer = new Dense({ inputs, outputs }, createRandom(6));
			layer.bias?.value.data.fill(0.2);
			const x = randomTensor([batch, inputs], createRandom(12));
			checkLayer(`dense ${batch}x${inputs}->${outputs}`, layer, x);
			const fast = copy(layer.forward(x, true));
			expect(
				maxDifference(fast.data, dense(x, layer.weights.value, layer.bias?.value ?? null).data)
			).toBeLessThan(1e-5);
			const gradOutput = randomTensor(fast.shape, createRandom(14));
			const ref = denseBackward(x, layer.weights.value, gradOutput);
			expect(maxDifference(layer.backward(gradOutput).data, ref.gradInput.data)).toBeLessThan(1e-5);
			expect(maxDifference(layer.weights.grad.data, ref.gradWeight.data)).toBeLessThan(1e-5);
			expect(maxDifference(layer.bias?.grad.data ?? [], ref.gradBias.data)).toBeLessThan(1e-5);
		}
	);

	it('Dense says to flatten first', () => {
		const layer = new Dense({ inputs: 400, outputs: 120 }, createRandom(1));
		expect(() => layer.outputShape([16, 5, 5])).toThrow(/put a Flatten before it/);
		expect(() => layer.forward(randomTensor([1, 16, 5, 5], createRandom(1)), false)).toThrow(
			ShapeError
		);
	});

	it('a frozen layer computes no parameter gradient but still passes the gradient down', () => {
		const layer = new Dense({ inputs: 3, outputs: 2 }, createRandom(6));
		layer.frozen = true;
		expect(layer.parameters().every((p) => p.frozen)).toBe(true);
		const x = randomTensor([2, 3], createRandom(1));
		layer.forward(x, true);
		const gradInput = layer.backward(randomTensor([2, 2], createRandom(2)));
		expect(layer.weights.grad.data.every((v) => v === 0)).toBe(true);
		expect(gradInput.data.some((v) => v !== 0)).toBe(true);
	});

	it('serialises its configuration and weights with toJSON', () => {
		const layer = new Conv2D(
			{ inChannels: 1, outChannels: 2, kernelSize: 3, stride: 2 },
			createRandom(1),
			'he',
			'c1'
		);
		const json = layer.toJSON();
		expect(json.kind).toBe('conv2d');
		expect(json.name).toBe('c1');
		expect(json.config).toMatchObject({
			inChannels: 1,
			outChannels: 2,
			kernelSize: 3,
			stride: 2,
			padding: 0
		});
		expect(json.weights?.weights.shape).toEqual([2, 1, 3, 3]);
		expect(json.weights?.weights.data[0]).toBeCloseTo(layer.weights.value.data[0], 7);
	});
});
