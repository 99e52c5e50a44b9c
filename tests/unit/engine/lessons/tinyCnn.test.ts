import { describe, expect, test } from 'vitest';
import { conv2d } from '../../../../src/lib/engine/conv';
import {
	tinyBackward,
	tinyBatchGradients,
	tinyBatch,
	tinyExamples,
	tinyForward,
	tinyInitialParams,
	tinyTrain,
	tinyUpdate
} from '../../../../src/lib/engine/lessons/tinyCnn';
import { expectGradient, maxDifference } from '../ops-helpers';

const examples = tinyExamples();

describe('tiny CNN x=[N,1,6,6] k=3 pool=2 dense 4->2', () => {
	test('the toy set: 4 vertical (class 0) and 4 horizontal (class 1) strokes, 6 x 6', () => {
		expect(examples).toHaveLength(8);
		expect(examples.filter((e) => e.label === 0)).toHaveLength(4);
		for (const e of examples) expect(e.image.shape).toEqual([1, 1, 6, 6]);
	});

	test('forward shapes, and the convolution equals conv2d', () => {
		const params = tinyInitialParams(3);
		const batch = tinyBatch(examples.slice(0, 3));
		const f = tinyForward(params, batch);
		expect(f.conv.shape).toEqual([3, 1, 4, 4]);
		expect(f.pooled.shape).toEqual([3, 1, 2, 2]);
		expect(f.scores.shape).toEqual([3, 2]);
		expect(f.convTrace.steps).toHaveLength(48);
		expect(Array.from(f.conv.data)).toEqual(
			Array.from(conv2d(batch.input, params.kernel, params.bias).data)
		);
	});

	for (const seed of [1, 2, 7]) {
		test(`seed ${seed}: every gradient matches finite differences of the loss`, () => {
			const params = tinyInitialParams(seed);
			const batch = tinyBatch(examples.slice(0, 4));
			const b = tinyBackward(params, tinyForward(params, batch));
			const loss = () => tinyForward(params, batch).loss.loss;
			expectGradient('kernel', loss, params.kernel.data, b.gradKernel.data, 2e-2, 1e-3);
			expectGradient('bias', loss, params.bias.data, b.gradBias.data, 2e-2, 1e-3);
			expectGradient('weight', loss, params.weight.data, b.gradWeight.data, 2e-2, 1e-3);
			expectGradient('dense bias', loss, params.denseBias.data, b.gradDenseBias.data, 2e-2, 1e-3);
		});
	}

	test('the kernel gradient builds up window by window to the full gradient', () => {
		const params = tinyInitialParams(5);
		const b = tinyBackward(params, tinyForward(params, tinyBatch([examples[0]])));
		expect(b.kernelPartials).toHaveLength(16);
		expect(maxDifference(b.kernelPartials[15], b.gradKernel.data)).toBeLessThan(1e-6);
	});

	test('max pooling sends the gradient to the window maxima only', () => {
		const params = tinyInitialParams(5);
		const f = tinyForward(params, tinyBatch([examples[1]]));
		const b = tinyBackward(params, f);
		const nonZero = Array.from(b.gradActivated.data)
			.map((v, i) => (v !== 0 ? i : -1))
			.filter((i) => i >= 0);
		for (const i of nonZero) expect(Array.from(f.winners)).toContain(i);
	});

	test('the batch gradient is the mean of the per-example gradients', () => {
		const params = tinyInitialParams(4);
		const chosen = examples.slice(0, 4);
		const batch = tinyBackward(params, tinyForward(params, tinyBatch(chosen)));
		const mean = new Float32Array(9);
		for (const e of chosen) {
			const one = tinyBackward(params, tinyForward(params, tinyBatch([e])));
			for (let i = 0; i < 9; i++) mean[i] += one.gradKernel.data[i] / chosen.length;
		}
		expect(maxDifference(mean, batch.gradKernel.data)).toBeLessThan(1e-5);
	});

	test('an update moves each parameter by -lr x gradient and lowers the loss', () => {
		const params = tinyInitialParams(3);
		const batch = tinyBatch(examples);
		const f = tinyForward(params, batch);
		const b = tinyBackward(params, f);
		const next = tinyUpdate(params, b, 0.1);
		for (let i = 0; i < 9; i++) {
			expect(next.kernel.data[i]).toBeCloseTo(
				params.kernel.data[i] - 0.1 * b.gradKernel.data[i],
				6
			);
		}
		expect(tinyForward(next, batch).loss.loss).toBeLessThan(f.loss.loss);
		// The old parameters are untouched.
		expect(tinyForward(params, batch).loss.loss).toBe(f.loss.loss);
	});

	test('training on the toy set learns it', () => {
		const history = tinyTrain(tinyInitialParams(4), examples, 60, 0.5);
		expect(history).toHaveLength(61);
		expect(history[60].loss).toBeLessThan(history[0].loss / 2);
		expect(history[60].correct).toBe(8);
	});

	test('training one step at a time from the last step gives exactly the run of 60 steps', () => {
		const whole = tinyTrain(tinyInitialParams(4), examples, 60, 0.5);
		const stepwise = tinyTrain(tinyInitialParams(4), examples, 0, 0.5);
		while (stepwise.length < 61)
			stepwise.push(tinyTrain(stepwise.at(-1)!.params, examples, 1, 0.5)[1]);
		for (const n of [1, 30, 60]) {
			expect(Array.from(stepwise[n].params.kernel.data)).toEqual(
				Array.from(whole[n].params.kernel.data)
			);
			expect(Array.from(stepwise[n].params.weight.data)).toEqual(
				Array.from(whole[n].params.weight.data)
			);
			expect(stepwise[n].loss).toBe(whole[n].loss);
			expect(stepwise[n].correct).toBe(whole[n].correct);
		}
	});
});

describe('tinyBatchGradients', () => {
	test('mean of per-example kernel gradients equals the batch gradient', () => {
		const g = tinyBatchGradients(tinyInitialParams(4), examples.slice(0, 5));
		expect(g.perExample).toHaveLength(5);
		expect(g.largestDifference).toBeLessThan(1e-6);
		expect(Array.from(g.meanKernel)).toHaveLength(9);
	});
});
