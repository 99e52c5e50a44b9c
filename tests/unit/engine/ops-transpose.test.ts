import { describe, expect, it } from 'vitest';
import { conv2d } from '../../../src/lib/engine/conv';
import {
	convTranspose2d,
	convTranspose2dBackward,
	convTranspose2dTraced,
	transposedAsConvolution,
	type ConvTransposeOptions
} from '../../../src/lib/engine/convTranspose';
import { tensor } from '../../../src/lib/engine/tensor';
import {
	createRandom,
	expectGradient,
	maxDifference,
	randomTensor,
	weightedSum
} from './ops-helpers';

interface Case {
	x: [number, number, number, number];
	out: number;
	k: number;
	s: number;
	p: number;
	op: number;
	d: number;
}
const name = (c: Case) =>
	`x=[${c.x.join(',')}] cout=${c.out} k=${c.k} s=${c.s} p=${c.p} op=${c.op} d=${c.d}`;
const cases: Case[] = [
	{ x: [1, 1, 3, 3], out: 1, k: 3, s: 1, p: 0, op: 0, d: 1 },
	{ x: [1, 1, 2, 2], out: 1, k: 3, s: 2, p: 0, op: 0, d: 1 },
	{ x: [1, 2, 3, 3], out: 3, k: 3, s: 2, p: 1, op: 0, d: 1 },
	{ x: [2, 2, 3, 4], out: 2, k: 3, s: 2, p: 1, op: 1, d: 1 },
	{ x: [1, 3, 3, 3], out: 2, k: 2, s: 3, p: 0, op: 2, d: 1 }, // stride > kernel: gaps in the output
	{ x: [1, 2, 4, 4], out: 2, k: 3, s: 1, p: 2, op: 0, d: 1 }, // padding = k - 1
	{ x: [1, 2, 3, 3], out: 2, k: 3, s: 2, p: 3, op: 0, d: 2 }, // dilation, padding > D(K-1) - ... cropping
	{ x: [1, 1, 4, 4], out: 1, k: 4, s: 2, p: 1, op: 0, d: 1 }
];

function setup(c: Case, seed: number) {
	const rng = createRandom(seed);
	const input = randomTensor(c.x, rng);
	const weight = randomTensor([c.x[1], c.out, c.k, c.k], rng);
	const bias = randomTensor([c.out], rng);
	const options: ConvTransposeOptions = {
		stride: c.s,
		padding: c.p,
		outputPadding: c.op,
		dilation: c.d
	};
	const output = convTranspose2d(input, weight, bias, options);
	const gradOutput = randomTensor(output.shape, rng);
	return { input, weight, bias, options, output, gradOutput };
}

describe('convTranspose2d gradient check (centred finite differences)', () => {
	it.each(cases.map((c, i) => [name(c), c, i] as const))('%s', (_label, c, i) => {
		const { input, weight, bias, options, gradOutput } = setup(c, 500 + i);
		const loss = () => weightedSum(convTranspose2d(input, weight, bias, options), gradOutput);
		const grads = convTranspose2dBackward(input, weight, gradOutput, options);
		expectGradient('input', loss, input.data, grads.gradInput.data);
		expectGradient('weight', loss, weight.data, grads.gradWeight.data);
		expectGradient('bias', loss, bias.data, grads.gradBias.data);
	});
});

describe('transposed convolution = zero insertion + ordinary convolution with the flipped kernel', () => {
	it.each(cases.map((c, i) => [name(c), c, i] as const))('%s', (_label, c, i) => {
		const { input, weight, bias, options, output } = setup(c, 600 + i);
		const viaConv = transposedAsConvolution(input, weight, options, bias);
		expect(viaConv.output.shape).toEqual(output.shape);
		expect(maxDifference(viaConv.output.data, output.data)).toBeLessThan(1e-6);
		// And the animation's parts are what they say: an ordinary stride-1 conv2d of them.
		const again = conv2d(viaConv.zeroInserted, viaConv.flippedKernel, bias, { dilation: c.d });
		expect(again.data).toEqual(viaConv.output.data);
		// Every input cell appears once, at border + i * stride; everything else is zero.
		let copied = 0;
		viaConv.rowSource.forEach((r) => (copied += r >= 0 ? 1 : 0));
		const expectedRows = Array.from(
			{ length: c.x[2] },
			(_, r) => viaConv.border.top + r * c.s
		).filter((y) => y >= 0 && y < viaConv.zeroInserted.shape[2]).length;
		expect(copied).toBe(expectedRows);
		expect(viaConv.border.top).toBe(c.d * (c.k - 1) - c.p);

		const traced = convTranspose2dTraced(input, weight, bias, options);
		expect(traced.output.data).toEqual(viaConv.output.data);
		expect(traced.trace.steps.length).toBe(output.data.length);
	});

	it('x=[1,1,2,2] k=3 s=2 p=0: one zero between cells, two around, kernel flipped', () => {
		const input = tensor([1, 2, 3, 4], [1, 1, 2, 2]);
		const weight = tensor([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 1, 3, 3]);
		const { zeroInserted, flippedKernel, output } = transposedAsConvolution(input, weight, {
			stride: 2
		});
		expect(zeroInserted.shape).toEqual([1, 1, 7, 7]);
		const z = (y: number, x: number) => zeroInserted.data[y * 7 + x];
		expect([z(2, 2), z(2, 4), z(4, 2), z(4, 4)]).toEqual([1, 2, 3, 4]);
		expect(Array.from(zeroInserted.data).filter((v) => v !== 0).length).toBe(4);
		expect(Array.from(flippedKernel.data)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
		expect(output.shape).toEqual([1, 1, 5, 5]);
		// The corner of the output is the first input cell times the first weight; the centre overlaps four stamps.
		expect(output.data[0]).toBe(1);
		expect(output.data[12]).toBe(1 * 9 + 2 * 7 + 3 * 3 + 4 * 1);
	});
});
