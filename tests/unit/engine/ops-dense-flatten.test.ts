import { describe, expect, it } from 'vitest';
import { dense, denseBackward } from '../../../src/lib/engine/dense';
import {
	flatten,
	flattenOrder,
	shufflePermutation,
	unflatten,
	type FlattenOrder
} from '../../../src/lib/engine/flatten';
import { glorotUniform, heNormal, heUniform } from '../../../src/lib/engine/init';
import { tensor } from '../../../src/lib/engine/tensor';
import { createRandom, expectGradient, randomTensor, weightedSum } from './ops-helpers';

describe('dense gradient check (centred finite differences)', () => {
	it.each([
		['x=[1,4] out=3', 1, 4, 3],
		['x=[5,12] out=10', 5, 12, 10],
		['x=[2,1] out=1', 2, 1, 1]
	])('%s', (_label, batch, inputs, outputs) => {
		const rng = createRandom(batch * 100 + inputs);
		const input = randomTensor([batch, inputs], rng);
		const weight = randomTensor([outputs, inputs], rng);
		const bias = randomTensor([outputs], rng);
		const gradOutput = randomTensor([batch, outputs], rng);
		const loss = () => weightedSum(dense(input, weight, bias), gradOutput);
		const grads = denseBackward(input, weight, gradOutput);
		expectGradient('input', loss, input.data, grads.gradInput.data);
		expectGradient('weight', loss, weight.data, grads.gradWeight.data);
		expectGradient('bias', loss, bias.data, grads.gradBias.data);
	});

	it('x=[1,2] out=2 by hand', () => {
		const out = dense(tensor([1, 2], [1, 2]), tensor([1, 1, 0, -1], [2, 2]), tensor([0.5, 0], [2]));
		expect(Array.from(out.data)).toEqual([3.5, -2]);
	});
});

describe('flatten', () => {
	const x = tensor([0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15], [1, 2, 2, 3]);
	it("'row': row by row within each channel, channels one after another", () => {
		expect(Array.from(flatten(x, 'row').data)).toEqual([0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 14, 15]);
	});
	it("'column': column by column within each channel", () => {
		expect(Array.from(flatten(x, 'column').data)).toEqual([
			0, 3, 1, 4, 2, 5, 10, 13, 11, 14, 12, 15
		]);
		expect(Array.from(flattenOrder([1, 2, 2, 2], 'column'))).toEqual([0, 2, 1, 3, 4, 6, 5, 7]);
	});
	it('a permutation: entry j is input value permutation[j]', () => {
		const permutation = shufflePermutation(12, 3);
		expect(Array.from(permutation).sort((a, b) => a - b)).toEqual(
			Array.from({ length: 12 }, (_, i) => i)
		);
		expect(shufflePermutation(12, 3)).toEqual(permutation);
		expect(shufflePermutation(12, 4)).not.toEqual(permutation);
		const v = flatten(x, { permutation });
		permutation.forEach((source, j) => expect(v.data[j]).toBe(x.data[source]));
	});
	it.each<[string, FlattenOrder]>([
		['row', 'row'],
		['column', 'column'],
		['permutation', { permutation: shufflePermutation(2 * 3 * 4, 9) }]
	])('x=[3,2,3,4] %s: unflatten inverts flatten, and is its exact backward', (_label, order) => {
		const rng = createRandom(11);
		const input = randomTensor([3, 2, 3, 4], rng);
		const flat = flatten(input, order);
		expect(flat.shape).toEqual([3, 24]);
		expect(unflatten(flat, input.shape, order).data).toEqual(input.data);
		const gradOutput = randomTensor(flat.shape, rng);
		const gradInput = unflatten(gradOutput, input.shape, order);
		expectGradient(
			'input',
			() => weightedSum(flatten(input, order), gradOutput),
			input.data,
			gradInput.data
		);
	});
});

describe('initialisation', () => {
	const count = 20000;
	function stats(data: Float32Array) {
		let mean = 0;
		for (const v of data) mean += v / data.length;
		let variance = 0;
		for (const v of data) variance += (v - mean) ** 2 / data.length;
		return { mean, variance, max: Math.max(...data), min: Math.min(...data) };
	}
	it('heNormal has variance 2 / fanIn', () => {
		const s = stats(heNormal([count], 50, 10, createRandom(1)).data);
		expect(Math.abs(s.mean)).toBeLessThan(0.01);
		expect(s.variance).toBeCloseTo(2 / 50, 2);
	});
	it('heUniform has variance 2 / fanIn, within ±√(6 / fanIn)', () => {
		const s = stats(heUniform([count], 50, 10, createRandom(2)).data);
		expect(s.variance).toBeCloseTo(2 / 50, 2);
		expect(s.max).toBeLessThanOrEqual(Math.sqrt(6 / 50));
		expect(s.min).toBeGreaterThanOrEqual(-Math.sqrt(6 / 50));
	});
	it('glorotUniform has variance 2 / (fanIn + fanOut)', () => {
		const s = stats(glorotUniform([count], 30, 20, createRandom(3)).data);
		expect(s.variance).toBeCloseTo(2 / 50, 2);
		expect(s.max).toBeLessThanOrEqual(Math.sqrt(6 / 50));
	});
	it('the same seed gives the same weights; the shape is kept', () => {
		const a = heNormal([6, 1, 5, 5], 25, 150, createRandom(42));
		expect(a.shape).toEqual([6, 1, 5, 5]);
		expect(heNormal([6, 1, 5, 5], 25, 150, createRandom(42)).data).toEqual(a.data);
	});
});
