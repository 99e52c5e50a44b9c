import { describe, expect, it } from 'vitest';
import { dense } from '../../../../src/lib/engine/dense';
import { denseParameterCount, denseTraced } from '../../../../src/lib/engine/lessons/denseTrace';
import { ShapeError } from '../../../../src/lib/engine/shape';
import { tensor } from '../../../../src/lib/engine/tensor';
import { createRandom, randomTensor } from '../ops-helpers';

describe('denseTraced', () => {
	it.each([
		['x=[1,18] out=10', 18, 10],
		['x=[1,1] out=1', 1, 1],
		['x=[1,400] out=120', 400, 120]
	])('%s: the products add up to what dense computes', (_label, inputs, outputs) => {
		const rng = createRandom(inputs * 31 + outputs);
		const x = randomTensor([1, inputs], rng);
		const w = randomTensor([outputs, inputs], rng);
		const b = randomTensor([outputs], rng);
		const { output, outputs: working } = denseTraced(x, w, b);
		const reference = dense(x, w, b);
		expect(Array.from(output.data)).toEqual(Array.from(reference.data));
		expect(working).toHaveLength(outputs);
		for (const step of working) {
			expect(step.products).toHaveLength(inputs);
			expect(step.products[0]).toBeCloseTo(x.data[0] * w.data[step.output * inputs], 6);
			expect(step.weightedSum + step.bias).toBeCloseTo(reference.data[step.output], 4);
			expect(step.score).toBe(reference.data[step.output]);
		}
	});

	it('x=[1,2] out=2 by hand, without bias', () => {
		const { outputs } = denseTraced(tensor([1, 2], [1, 2]), tensor([1, 1, 0, -1], [2, 2]), null);
		expect(Array.from(outputs[0].products)).toEqual([1, 2]);
		expect(outputs[0].score).toBe(3);
		expect(Array.from(outputs[1].products)).toEqual([0, -2]);
		expect(outputs[1].bias).toBe(0);
	});

	it('refuses a batch of two with a message saying what to pass', () => {
		expect(() => denseTraced(tensor([1, 2, 3, 4], [2, 2]), tensor([1, 1], [1, 2]), null)).toThrow(
			/one example/
		);
	});

	it('refuses mismatched weights with the shape to use', () => {
		expect(() => denseTraced(tensor([1, 2, 3], [1, 3]), tensor([1, 1], [1, 2]), null)).toThrow(
			ShapeError
		);
	});
});

describe('denseParameterCount', () => {
	it('LeNet-5 layers: 400→120, 120→84, 84→10', () => {
		expect(denseParameterCount(400, 120)).toBe(48120);
		expect(denseParameterCount(120, 84)).toBe(10164);
		expect(denseParameterCount(84, 10)).toBe(850);
		expect(denseParameterCount(84, 10, false)).toBe(840);
	});
	it('refuses 0 outputs', () => {
		expect(() => denseParameterCount(4, 0)).toThrow(ShapeError);
	});
});
