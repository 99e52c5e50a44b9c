import { describe, expect, it } from 'vitest';
import {
	conv2d,
	conv2dBackward,
	conv2dBackwardTraced,
	conv2dTraced,
	convTraceIndex,
	type ConvOptions
} from '../../../src/lib/engine/conv';
import { tensor, type Tensor } from '../../../src/lib/engine/tensor';
import { createRandom, expectGradient, randomTensor, weightedSum } from './ops-helpers';

interface Case {
	x: [number, number, number, number];
	filters: number;
	k: [number, number];
	s: number;
	p: number;
	d: number;
	g: number;
	bias: boolean;
}

const name = (c: Case) =>
	`x=[${c.x.join(',')}] f=${c.filters} k=${c.k[0] === c.k[1] ? c.k[0] : c.k.join('x')} s=${c.s} p=${c.p} d=${c.d} g=${c.g}${c.bias ? '' : ' no bias'}`;

const cases: Case[] = [
	{ x: [1, 1, 5, 5], filters: 1, k: [3, 3], s: 1, p: 0, d: 1, g: 1, bias: true },
	{ x: [1, 1, 5, 5], filters: 2, k: [3, 3], s: 2, p: 1, d: 1, g: 1, bias: true },
	{ x: [2, 3, 6, 7], filters: 4, k: [3, 3], s: 1, p: 1, d: 1, g: 1, bias: true },
	{ x: [1, 2, 7, 7], filters: 3, k: [2, 2], s: 3, p: 0, d: 1, g: 1, bias: true }, // stride > kernel
	{ x: [1, 1, 4, 4], filters: 1, k: [2, 2], s: 3, p: 1, d: 1, g: 1, bias: true }, // the overflow, padded
	{ x: [1, 2, 8, 8], filters: 2, k: [3, 3], s: 1, p: 2, d: 2, g: 1, bias: true }, // dilation
	{ x: [1, 2, 9, 8], filters: 2, k: [3, 2], s: 2, p: 1, d: 2, g: 1, bias: false }, // dilation + stride
	{ x: [2, 4, 5, 5], filters: 4, k: [3, 3], s: 1, p: 1, d: 1, g: 4, bias: true }, // depthwise
	{ x: [1, 3, 6, 6], filters: 6, k: [3, 3], s: 2, p: 1, d: 1, g: 3, bias: true }, // depthwise x2
	{ x: [1, 4, 5, 6], filters: 6, k: [2, 3], s: 1, p: 0, d: 1, g: 2, bias: true }, // groups
	{ x: [1, 3, 4, 4], filters: 5, k: [1, 1], s: 1, p: 0, d: 1, g: 1, bias: true }, // pointwise
	{ x: [1, 1, 3, 3], filters: 1, k: [3, 3], s: 1, p: 3, d: 1, g: 1, bias: true } // padding > kernel - 1
];

function setup(c: Case, seed: number) {
	const rng = createRandom(seed);
	const input = randomTensor(c.x, rng);
	const weight = randomTensor([c.filters, c.x[1] / c.g, c.k[0], c.k[1]], rng);
	const bias = c.bias ? randomTensor([c.filters], rng) : null;
	const options: ConvOptions = { stride: c.s, padding: c.p, dilation: c.d, groups: c.g };
	const output = conv2d(input, weight, bias, options);
	const gradOutput = randomTensor(output.shape, rng);
	return { input, weight, bias, options, output, gradOutput };
}

describe('conv2d gradient check (centred finite differences)', () => {
	it.each(cases.map((c, i) => [name(c), c, i] as const))('%s', (_label, c, i) => {
		const { input, weight, bias, options, gradOutput } = setup(c, 100 + i);
		const loss = () => weightedSum(conv2d(input, weight, bias, options), gradOutput);
		const grads = conv2dBackward(input, weight, gradOutput, options);
		expectGradient('input', loss, input.data, grads.gradInput.data);
		expectGradient('weight', loss, weight.data, grads.gradWeight.data);
		if (bias) expectGradient('bias', loss, bias.data, grads.gradBias.data);
	});
});

describe('conv2d by hand', () => {
	it('x=[1,1,3,3] k=2 s=1 p=0: each output is the sum of its window times the kernel', () => {
		const input = tensor([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 1, 3, 3]);
		const weight = tensor([1, 0, 0, -1], [1, 1, 2, 2]);
		const out = conv2d(input, weight, tensor([10], [1]));
		expect(out.shape).toEqual([1, 1, 2, 2]);
		expect(Array.from(out.data)).toEqual([1 - 5 + 10, 2 - 6 + 10, 4 - 8 + 10, 5 - 9 + 10]);
	});

	it('x=[1,1,2,2] k=3 s=1 p=1: the identity kernel with zero padding returns the input', () => {
		const input = tensor([1, 2, 3, 4], [1, 1, 2, 2]);
		const identity = tensor([0, 0, 0, 0, 1, 0, 0, 0, 0], [1, 1, 3, 3]);
		expect(Array.from(conv2d(input, identity, null, { padding: 1 }).data)).toEqual([1, 2, 3, 4]);
	});

	it('x=[1,2,3,3] g=2: a depthwise filter sees only its own channel', () => {
		const input = tensor([...Array(9).fill(1), ...Array(9).fill(100)], [1, 2, 3, 3]);
		const ones = tensor(Array(18).fill(1), [2, 1, 3, 3]);
		expect(Array.from(conv2d(input, ones, null, { groups: 2 }).data)).toEqual([9, 900]);
	});
});

describe('traces agree with the untraced ops exactly', () => {
	it.each(cases.map((c, i) => [name(c), c, i] as const))('%s', (_label, c, i) => {
		const { input, weight, bias, options, output, gradOutput } = setup(c, 200 + i);
		const { output: tracedOutput, trace } = conv2dTraced(input, weight, bias, options);
		expect(tracedOutput.data).toEqual(output.data);
		expect(trace.steps.length).toBe(output.data.length);
		const cellsPerWindow = (c.x[1] / c.g) * c.k[0] * c.k[1];
		for (const step of trace.steps) {
			const index = convTraceIndex(trace.geometry, step.n, step.filter, step.outY, step.outX);
			expect(trace.steps[index]).toBe(step);
			expect(step.output).toBe(output.data[index]);
			expect(step.cells.length).toBe(cellsPerWindow);
			let sum = 0;
			for (const cell of step.cells) {
				const outside =
					cell.inputY < 0 || cell.inputY >= c.x[2] || cell.inputX < 0 || cell.inputX >= c.x[3];
				expect(cell.isPadding).toBe(outside);
				if (cell.isPadding) expect(cell.value).toBe(0);
				expect(cell.product).toBe(cell.value * cell.weight);
				sum += cell.product;
			}
			expect(step.sum).toBeCloseTo(sum, 12);
			expect(Math.fround(step.sum + step.bias)).toBe(step.output);
		}

		const untraced = conv2dBackward(input, weight, gradOutput, options);
		const traced = conv2dBackwardTraced(input, weight, gradOutput, options);
		expect(traced.gradInput.data).toEqual(untraced.gradInput.data);
		expect(traced.gradWeight.data).toEqual(untraced.gradWeight.data);
		expect(traced.gradBias.data).toEqual(untraced.gradBias.data);
		expect(traced.trace.steps.length).toBe(output.data.length);

		// Rebuild the kernel gradient from the trace: the same sliding window, weighted by gradOutput.
		const rebuilt = new Float64Array(weight.data.length);
		for (const step of traced.trace.steps) {
			expect(step.gradOutput).toBe(
				gradOutput.data[
					convTraceIndex(traced.trace.geometry, step.n, step.filter, step.outY, step.outX)
				]
			);
			const firstChannel = Math.floor(step.filter / (c.filters / c.g)) * (c.x[1] / c.g);
			for (const cell of step.cells) {
				const w =
					((step.filter * (c.x[1] / c.g) + cell.channel - firstChannel) * c.k[0] + cell.ky) *
						c.k[1] +
					cell.kx;
				rebuilt[w] += cell.weightGradient;
				expect(cell.weightGradient).toBe(step.gradOutput * cell.value);
				expect(cell.inputGradient).toBe(cell.isPadding ? 0 : step.gradOutput * cell.weight);
			}
		}
		expect(Float32Array.from(rebuilt)).toEqual(untraced.gradWeight.data);
	});
});

describe('batch of one and batch of many agree', () => {
	it('x=[3,2,5,5] k=3 s=2 p=1: each example is convolved on its own', () => {
		const { input, weight, bias, options, output } = setup(
			{ x: [3, 2, 5, 5], filters: 2, k: [3, 3], s: 2, p: 1, d: 1, g: 1, bias: true },
			7
		);
		const per = 2 * 5 * 5;
		for (let n = 0; n < 3; n++) {
			const one: Tensor = { shape: [1, 2, 5, 5], data: input.data.slice(n * per, (n + 1) * per) };
			const single = conv2d(one, weight, bias, options);
			expect(single.data).toEqual(
				output.data.slice(n * single.data.length, (n + 1) * single.data.length)
			);
		}
	});
});
