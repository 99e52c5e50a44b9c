/**
 * Parity with TensorFlow.js (an independent implementation) on seeded random configurations:
 * forward outputs and gradients (tf.grads) of conv2d, grouped/depthwise/dilated conv2d, transposed
 * convolution, max/average pooling and dense. tfjs works in NHWC with HWIO kernels; the reference
 * functions below take our NCHW / OIHW tensors and transpose inside, so tf.grads returns gradients
 * in our layouts directly.
 */

import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { conv2d, conv2dBackward } from '../../../src/lib/engine/conv';
import { convTranspose2d, convTranspose2dBackward } from '../../../src/lib/engine/convTranspose';
import { dense, denseBackward } from '../../../src/lib/engine/dense';
import { pool2d, pool2dBackward } from '../../../src/lib/engine/pool';
import {
	convOutputSize,
	poolOutputSize,
	transposedOutputSize
} from '../../../src/lib/engine/shape';
import type { Tensor } from '../../../src/lib/engine/tensor';
import { createRandom, maxDifference, randomTensor } from './ops-helpers';

const TOLERANCE = 1e-4;

beforeAll(async () => {
	await tf.setBackend('cpu');
});

const toTf = (t: Tensor) => tf.tensor(t.data, [...t.shape]);
const nhwc = (x: tf.Tensor4D) => tf.transpose(x, [0, 2, 3, 1]);
const nchw = (x: tf.Tensor4D) => tf.transpose(x, [0, 3, 1, 2]);

/** Inserts dilation - 1 zeros between kernel taps along the last two axes (differentiably). */
function dilateKernel(w: tf.Tensor4D, dilation: number): tf.Tensor4D {
	if (dilation === 1) return w;
	const [a, b, kh, kw] = w.shape;
	const rows = tf
		.pad(w.reshape([a, b, kh, 1, kw]), [
			[0, 0],
			[0, 0],
			[0, 0],
			[0, dilation - 1],
			[0, 0]
		])
		.reshape([a, b, kh * dilation, kw])
		.slice([0, 0, 0, 0], [a, b, (kh - 1) * dilation + 1, kw]);
	const height = (kh - 1) * dilation + 1;
	return tf
		.pad(rows.reshape([a, b, height, kw, 1]), [
			[0, 0],
			[0, 0],
			[0, 0],
			[0, 0],
			[0, dilation - 1]
		])
		.reshape([a, b, height, kw * dilation])
		.slice([0, 0, 0, 0], [a, b, height, (kw - 1) * dilation + 1]) as tf.Tensor4D;
}

function expectClose(label: string, ours: ArrayLike<number>, reference: ArrayLike<number>): void {
	expect(ours.length, `${label}: length`).toBe(reference.length);
	expect(maxDifference(ours, reference), label).toBeLessThan(TOLERANCE);
}

// ---------------------------------------------------------------- conv2d

interface ConvCase {
	x: [number, number, number, number];
	filters: number;
	kh: number;
	kw: number;
	s: number;
	p: number;
	d: number;
	g: number;
}

function drawConvCases(count: number, seed: number): ConvCase[] {
	const rng = createRandom(seed);
	const pick = <T>(items: T[]) => items[rng.int(items.length)];
	const cases: ConvCase[] = [];
	while (cases.length < count) {
		const channels = 1 + rng.int(4);
		const divisors = [1, 2, 3, 4].filter((g) => channels % g === 0);
		const g = rng.next() < 0.5 ? 1 : pick(divisors);
		const filters = g * (1 + rng.int(3));
		const kh = 1 + rng.int(4);
		const kw = rng.next() < 0.8 ? kh : 1 + rng.int(4);
		const s = pick([1, 1, 2, 2, 3]);
		const d = pick([1, 1, 1, 2, 3]);
		const p = rng.int(Math.max(kh, kw) + 1);
		const h = 1 + rng.int(9);
		const w = 1 + rng.int(9);
		const axis = { stride: s, padding: p, dilation: d };
		try {
			convOutputSize({ input: h, kernel: kh, ...axis });
			convOutputSize({ input: w, kernel: kw, ...axis });
		} catch {
			continue; // the kernel does not fit: draw again
		}
		cases.push({ x: [1 + rng.int(2), channels, h, w], filters, kh, kw, s, p, d, g });
	}
	return cases;
}

const convName = (c: ConvCase) =>
	`x=[${c.x.join(',')}] f=${c.filters} k=${c.kh === c.kw ? c.kh : `${c.kh}x${c.kw}`} s=${c.s} p=${c.p} d=${c.d} g=${c.g}`;

/** tfjs's conv2d on NCHW / OIHW tensors, groups by splitting (or depthwiseConv2d), dilation natively when tfjs allows it. */
function tfConv(
	x: tf.Tensor4D,
	w: tf.Tensor4D,
	b: tf.Tensor1D,
	c: ConvCase,
	useDepthwise: boolean
): tf.Tensor4D {
	const pad: [[number, number], [number, number], [number, number], [number, number]] = [
		[0, 0],
		[c.p, c.p],
		[c.p, c.p],
		[0, 0]
	];
	const channels = c.x[1];
	const xh = nhwc(x);
	let out: tf.Tensor4D;
	if (useDepthwise) {
		// weight [C·m, 1, kh, kw] -> [kh, kw, C, m]
		const multiplier = c.filters / channels;
		const filter = tf.transpose(
			w.reshape([channels, multiplier, c.kh, c.kw]),
			[2, 3, 0, 1]
		) as tf.Tensor4D;
		out = tf.depthwiseConv2d(xh, filter, c.s, pad);
	} else {
		// tfjs has no gradient for dilated conv2d and refuses stride > 1 with dilation > 1:
		// dilate the kernel ourselves (the native dilation is compared on the forward pass below).
		const filter = tf.transpose(dilateKernel(w, c.d), [2, 3, 1, 0]) as tf.Tensor4D;
		if (c.g === 1) {
			out = tf.conv2d(xh, filter, c.s, pad);
		} else {
			const xs = tf.split(xh, c.g, 3) as tf.Tensor4D[];
			const ws = tf.split(filter, c.g, 3) as tf.Tensor4D[];
			out = tf.concat(
				xs.map((part, i) => tf.conv2d(part, ws[i], c.s, pad)),
				3
			);
		}
	}
	return nchw(tf.add(out, b));
}

describe('conv2d matches tf.conv2d / depthwiseConv2d, forward and backward', () => {
	const cases = drawConvCases(130, 20240601);
	it.each(cases.map((c, i) => [convName(c), c, i] as const))('%s', (_label, c, i) => {
		const rng = createRandom(9000 + i);
		const input = randomTensor(c.x, rng);
		const weight = randomTensor([c.filters, c.x[1] / c.g, c.kh, c.kw], rng);
		const bias = randomTensor([c.filters], rng);
		const options = { stride: c.s, padding: c.p, dilation: c.d, groups: c.g };
		const ours = conv2d(input, weight, bias, options);
		const gradOutput = randomTensor(ours.shape, rng);
		const grads = conv2dBackward(input, weight, gradOutput, options);

		const useDepthwise = c.g === c.x[1] && c.g > 1 && c.d === 1 && i % 2 === 0;
		const reference = tf.tidy(() => {
			const [x, w, b, dy] = [toTf(input), toTf(weight), toTf(bias), toTf(gradOutput)];
			const f = (x: tf.Tensor, w: tf.Tensor, b: tf.Tensor) =>
				tfConv(x as tf.Tensor4D, w as tf.Tensor4D, b as tf.Tensor1D, c, useDepthwise);
			const out = f(x, w, b);
			const [dx, dw, db] = tf.grads((x, w, b) => tf.sum(tf.mul(f(x, w, b), dy)))([x, w, b]);
			return {
				shape: out.shape,
				out: out.dataSync(),
				dx: dx.dataSync(),
				dw: dw.dataSync(),
				db: db.dataSync()
			};
		});
		expect(ours.shape).toEqual(reference.shape);
		expectClose('output', ours.data, reference.out);
		expectClose('gradInput', grads.gradInput.data, reference.dx);
		expectClose('gradWeight', grads.gradWeight.data, reference.dw);
		expectClose('gradBias', grads.gradBias.data, reference.db);
	});
});

// ---------------------------------------------------------------- transposed convolution

interface TransposeCase {
	x: [number, number, number, number];
	out: number;
	k: number;
	s: number;
	p: number;
	op: number;
	d: number;
}

function drawTransposeCases(count: number, seed: number): TransposeCase[] {
	const rng = createRandom(seed);
	const cases: TransposeCase[] = [];
	while (cases.length < count) {
		const k = 1 + rng.int(4);
		const s = 1 + rng.int(3);
		const d = rng.next() < 0.75 ? 1 : 2;
		const p = rng.int(k + 1);
		const op = rng.int(s);
		const h = 1 + rng.int(5);
		const w = 1 + rng.int(5);
		const axis = { kernel: k, stride: s, padding: p, outputPadding: op, dilation: d };
		let outH: number;
		let outW: number;
		try {
			outH = transposedOutputSize({ input: h, ...axis });
			outW = transposedOutputSize({ input: w, ...axis });
			// tfjs defines conv2dTranspose as the gradient of a convolution of the output: it must give back h x w.
			const conv = { kernel: (k - 1) * d + 1, stride: s, padding: p };
			if (
				convOutputSize({ input: outH, ...conv }) !== h ||
				convOutputSize({ input: outW, ...conv }) !== w
			)
				continue;
		} catch {
			continue;
		}
		cases.push({ x: [1 + rng.int(2), 1 + rng.int(3), h, w], out: 1 + rng.int(3), k, s, p, op, d });
	}
	return cases;
}

describe('convTranspose2d matches tf.conv2dTranspose, forward and backward', () => {
	const cases = drawTransposeCases(45, 777);
	it.each(
		cases.map(
			(c, i) =>
				[
					`x=[${c.x.join(',')}] cout=${c.out} k=${c.k} s=${c.s} p=${c.p} op=${c.op} d=${c.d}`,
					c,
					i
				] as const
		)
	)('%s', (_label, c, i) => {
		const rng = createRandom(12000 + i);
		const input = randomTensor(c.x, rng);
		const weight = randomTensor([c.x[1], c.out, c.k, c.k], rng);
		const bias = randomTensor([c.out], rng);
		const options = { stride: c.s, padding: c.p, outputPadding: c.op, dilation: c.d };
		const ours = convTranspose2d(input, weight, bias, options);
		const gradOutput = randomTensor(ours.shape, rng);
		const grads = convTranspose2dBackward(input, weight, gradOutput, options);

		const [n, , outH, outW] = ours.shape;
		const reference = tf.tidy(() => {
			const [x, w, b, dy] = [toTf(input), toTf(weight), toTf(bias), toTf(gradOutput)];
			const f = (x: tf.Tensor, w: tf.Tensor, b: tf.Tensor) => {
				// weight [Cin, Cout, k, k] -> tfjs filter [k, k, Cout, Cin]
				const filter = tf.transpose(
					dilateKernel(w as tf.Tensor4D, c.d),
					[2, 3, 1, 0]
				) as tf.Tensor4D;
				const out = tf.conv2dTranspose(
					nhwc(x as tf.Tensor4D),
					filter,
					[n, outH, outW, c.out],
					c.s,
					[
						[0, 0],
						[c.p, c.p],
						[c.p, c.p],
						[0, 0]
					]
				);
				return nchw(tf.add(out, b));
			};
			const out = f(x, w, b);
			const [dx, dw, db] = tf.grads((x, w, b) => tf.sum(tf.mul(f(x, w, b), dy)))([x, w, b]);
			return { out: out.dataSync(), dx: dx.dataSync(), dw: dw.dataSync(), db: db.dataSync() };
		});
		expectClose('output', ours.data, reference.out);
		expectClose('gradInput', grads.gradInput.data, reference.dx);
		expectClose('gradWeight', grads.gradWeight.data, reference.dw);
		expectClose('gradBias', grads.gradBias.data, reference.db);
	});
});

// ---------------------------------------------------------------- pooling

interface PoolCase {
	x: [number, number, number, number];
	mode: 'max' | 'mean';
	w: number;
	s: number;
	edge: 'drop' | 'partial';
}

function drawPoolCases(count: number, seed: number): PoolCase[] {
	const rng = createRandom(seed);
	const cases: PoolCase[] = [];
	while (cases.length < count) {
		const w = 1 + rng.int(4);
		const edge = rng.next() < 0.6 ? 'drop' : 'partial';
		// tfjs's 'ceil' rounding may start a window outside the input when stride > window; we never do.
		const s = edge === 'partial' ? 1 + rng.int(w) : 1 + rng.int(4);
		const h = w + rng.int(7);
		const width = w + rng.int(7);
		const mode = rng.next() < 0.5 ? 'max' : 'mean';
		cases.push({ x: [1 + rng.int(2), 1 + rng.int(3), h, width], mode, w, s, edge });
	}
	return cases;
}

describe('pool2d matches tf.maxPool / tf.avgPool', () => {
	const cases = drawPoolCases(50, 4242);
	it.each(
		cases.map(
			(c, i) => [`${c.mode} x=[${c.x.join(',')}] w=${c.w} s=${c.s} edge=${c.edge}`, c, i] as const
		)
	)('%s', (_label, c, i) => {
		const rng = createRandom(15000 + i);
		const input = randomTensor(c.x, rng);
		const options = { mode: c.mode, window: c.w, stride: c.s, edge: c.edge };
		const { output, winners } = pool2d(input, options);
		expect(output.shape[2]).toBe(
			poolOutputSize({ input: c.x[2], window: c.w, stride: c.s, edge: c.edge })
		);
		const gradOutput = randomTensor(output.shape, rng);
		const gradInput = pool2dBackward(input, gradOutput, options, winners);
		const reference = tf.tidy(() => {
			const [x, dy] = [toTf(input), toTf(gradOutput)];
			const f = (x: tf.Tensor) => {
				const xh = nhwc(x as tf.Tensor4D);
				const out =
					c.edge === 'drop'
						? c.mode === 'max'
							? tf.maxPool(xh, c.w, c.s, 'valid')
							: tf.avgPool(xh, c.w, c.s, 'valid')
						: c.mode === 'max'
							? tf.maxPool(xh, c.w, c.s, 0, 'ceil')
							: tf.avgPool(xh, c.w, c.s, 0, 'ceil');
				return nchw(out);
			};
			const out = f(x);
			const dx = tf.grad((x) => tf.sum(tf.mul(f(x), dy)))(x);
			return { shape: out.shape, out: out.dataSync(), dx: dx.dataSync() };
		});
		expect(output.shape).toEqual(reference.shape);
		expectClose('output', output.data, reference.out);
		// tfjs's average-pool gradient is wrong for clipped ('ceil') windows; our gradient check covers those.
		if (!(c.edge === 'partial' && c.mode === 'mean'))
			expectClose('gradInput', gradInput.data, reference.dx);
	});
});

// ---------------------------------------------------------------- dense

describe('dense matches tf.matMul + bias, forward and backward', () => {
	const rng = createRandom(31337);
	const cases = Array.from({ length: 20 }, () => ({
		n: 1 + rng.int(4),
		inputs: 1 + rng.int(40),
		outputs: 1 + rng.int(12)
	}));
	it.each(cases.map((c, i) => [`x=[${c.n},${c.inputs}] out=${c.outputs}`, c, i] as const))(
		'%s',
		(_label, c, i) => {
			const r = createRandom(18000 + i);
			const input = randomTensor([c.n, c.inputs], r);
			const weight = randomTensor([c.outputs, c.inputs], r);
			const bias = randomTensor([c.outputs], r);
			const ours = dense(input, weight, bias);
			const gradOutput = randomTensor(ours.shape, r);
			const grads = denseBackward(input, weight, gradOutput);
			const reference = tf.tidy(() => {
				const [x, w, b, dy] = [toTf(input), toTf(weight), toTf(bias), toTf(gradOutput)];
				const f = (x: tf.Tensor, w: tf.Tensor, b: tf.Tensor) =>
					tf.add(tf.matMul(x as tf.Tensor2D, w as tf.Tensor2D, false, true), b);
				const out = f(x, w, b);
				const [dx, dw, db] = tf.grads((x, w, b) => tf.sum(tf.mul(f(x, w, b), dy)))([x, w, b]);
				return { out: out.dataSync(), dx: dx.dataSync(), dw: dw.dataSync(), db: db.dataSync() };
			});
			expectClose('output', ours.data, reference.out);
			expectClose('gradInput', grads.gradInput.data, reference.dx);
			expectClose('gradWeight', grads.gradWeight.data, reference.dw);
			expectClose('gradBias', grads.gradBias.data, reference.db);
		}
	);
});
