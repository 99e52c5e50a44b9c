/**
 * A tiny CNN small enough to show every number of one training step (lesson 11), built only from the
 * readable traced ops:
 *
 *   input [N, 1, 6, 6] -> conv 3x3, one filter -> [N, 1, 4, 4] -> ReLU -> max pool 2 -> [N, 1, 2, 2]
 *   -> flatten [N, 4] -> dense 4 -> 2 scores -> softmax -> cross-entropy
 *
 * 9 + 1 + 8 + 2 = 20 learnable numbers. The toy task: tell a vertical stroke (class 0) from a
 * horizontal one (class 1).
 */

import {
	conv2dBackwardTraced,
	conv2dTraced,
	type ConvBackwardTrace,
	type ConvTrace
} from '../conv';
import { dense, denseBackward } from '../dense';
import { flatten, unflatten } from '../flatten';
import { heNormal } from '../init';
import { crossEntropyFromLogits, type CrossEntropyResult } from '../loss';
import type { Parameter } from '../layers';
import { SGD } from '../optim/sgd';
import { pool2dBackward, pool2dTraced, type PoolOptions, type PoolTrace } from '../pool';
import { relu, reluBackward } from '../activation';
import { createRandom } from '../random';
import { ShapeError } from '../shape';
import { tensor, type Tensor } from '../tensor';

/** Side of the tiny CNN's input. */
export const TINY_INPUT = 6;
/** Side of its kernel. */
export const TINY_KERNEL = 3;
/** The two classes of the toy task. */
export const TINY_CLASSES = ['vertical', 'horizontal'] as const;

const POOL: PoolOptions = { mode: 'max', window: 2 };

/** The 20 learnable numbers of the tiny CNN. */
export interface TinyParams {
	/** [1, 1, 3, 3] */
	kernel: Tensor;
	/** [1] */
	bias: Tensor;
	/** [2, 4]: one row of weights per class. */
	weight: Tensor;
	/** [2] */
	denseBias: Tensor;
}

/** A toy example: a 6 x 6 image [1, 1, 6, 6] with a stroke, and its class. */
export interface TinyExample {
	/** Which way its stroke runs (its class's name); the figures name it "vertical stroke 2". */
	direction: (typeof TINY_CLASSES)[number];
	/** Its place among the strokes of that direction, from 1. */
	number: number;
	image: Tensor;
	label: number;
}

function strokeImage(direction: 'vertical' | 'horizontal', line: number, from: number): Tensor {
	const values = new Float32Array(TINY_INPUT * TINY_INPUT).fill(0);
	for (let k = 0; k < 4; k++) {
		const along = from + k;
		const [y, x] = direction === 'vertical' ? [along, line] : [line, along];
		values[y * TINY_INPUT + x] = 1;
	}
	// A faint second line beside the stroke, so that the image is not purely binary.
	for (let k = 0; k < 4; k++) {
		const along = from + k;
		const [y, x] = direction === 'vertical' ? [along, line + 1] : [line + 1, along];
		if (y < TINY_INPUT && x < TINY_INPUT) values[y * TINY_INPUT + x] = 0.5;
	}
	return tensor(values, [1, 1, TINY_INPUT, TINY_INPUT]);
}

/**
 * The toy data set: four vertical and four horizontal strokes at different places.
 * `tinyExamples()[0].label === 0` (vertical)
 */
export function tinyExamples(): TinyExample[] {
	const places: [number, number][] = [
		[1, 0],
		[3, 1],
		[2, 2],
		[0, 1]
	];
	const examples: TinyExample[] = [];
	places.forEach(([line, from], i) => {
		examples.push({
			direction: 'vertical',
			number: i + 1,
			image: strokeImage('vertical', line, from),
			label: 0
		});
		examples.push({
			direction: 'horizontal',
			number: i + 1,
			image: strokeImage('horizontal', line, from),
			label: 1
		});
	});
	return examples;
}

/**
 * Starting weights: He-normal kernel and dense weights from a seed, dense biases zero, and a small
 * positive convolution bias (0.1) so that empty windows start on the live side of ReLU, not on its kink.
 * `tinyInitialParams(3).kernel.shape` is [1, 1, 3, 3]
 */
export function tinyInitialParams(seed: number): TinyParams {
	const rng = createRandom(seed);
	const kernel = heNormal([1, 1, TINY_KERNEL, TINY_KERNEL], 9, 9, rng);
	const weight = heNormal([2, 4], 4, 2, rng);
	return {
		kernel,
		bias: tensor([0.1], [1]),
		weight,
		denseBias: tensor([0, 0], [2])
	};
}

/** Stacks examples into one batch [N, 1, 6, 6] with their labels. */
export function tinyBatch(examples: readonly TinyExample[]): { input: Tensor; labels: number[] } {
	if (examples.length === 0) throw new ShapeError('a batch needs at least one example');
	const size = TINY_INPUT * TINY_INPUT;
	const data = new Float32Array(examples.length * size);
	examples.forEach((example, n) => data.set(example.image.data, n * size));
	return {
		input: { shape: [examples.length, 1, TINY_INPUT, TINY_INPUT], data },
		labels: examples.map((example) => example.label)
	};
}

/** Everything the forward pass computed, layer by layer, with the traces the figures draw. */
export interface TinyForward {
	input: Tensor;
	labels: number[];
	/** Convolution output z (pre-activation) [N, 1, 4, 4] and its windows. */
	conv: Tensor;
	convTrace: ConvTrace;
	/** ReLU(z) [N, 1, 4, 4]. */
	activated: Tensor;
	/** Max pooling [N, 1, 2, 2], its winners (flat indices into `activated`) and windows. */
	pooled: Tensor;
	winners: Int32Array;
	poolTrace: PoolTrace;
	/** The pooled values in a row [N, 4]. */
	flat: Tensor;
	/** Dense scores [N, 2]. */
	scores: Tensor;
	/** Probabilities, loss and dLoss/dScores. */
	loss: CrossEntropyResult;
}

/**
 * The forward pass of the tiny CNN on a batch.
 * `const forward = tinyForward(params, tinyBatch([example]))`
 */
export function tinyForward(
	params: TinyParams,
	batch: { input: Tensor; labels: readonly number[] }
): TinyForward {
	const { output: conv, trace: convTrace } = conv2dTraced(batch.input, params.kernel, params.bias);
	const activated = relu(conv);
	const { output: pooled, winners, trace: poolTrace } = pool2dTraced(activated, POOL);
	const flat = flatten(pooled, 'row');
	const scores = dense(flat, params.weight, params.denseBias);
	const loss = crossEntropyFromLogits(scores, batch.labels);
	return {
		input: batch.input,
		labels: [...batch.labels],
		conv,
		convTrace,
		activated,
		pooled,
		winners,
		poolTrace,
		flat,
		scores,
		loss
	};
}

/** Every gradient of the backward pass, from the scores down to the kernel. */
export interface TinyBackward {
	/** dL/dScores [N, 2] = (p - onehot) / N. */
	gradScores: Tensor;
	/** dL/dW [2, 4], dL/dc [2] and dL/dFlat [N, 4]. */
	gradWeight: Tensor;
	gradDenseBias: Tensor;
	gradFlat: Tensor;
	/** dL/dPooled [N, 1, 2, 2] (the flat gradient put back in place). */
	gradPooled: Tensor;
	/** dL/dActivated [N, 1, 4, 4]: each pooled gradient sent to its window's maximum only. */
	gradActivated: Tensor;
	/** dL/dz [N, 1, 4, 4]: ReLU lets the gradient through where z > 0. */
	gradConv: Tensor;
	/** dL/dKernel [1, 1, 3, 3], dL/dBias [1] and the windows of the kernel gradient. */
	gradKernel: Tensor;
	gradBias: Tensor;
	kernelTrace: ConvBackwardTrace;
	/**
	 * The kernel gradient as it builds up: entry k is the sum of what windows 0..k added (the last one
	 * equals gradKernel up to float rounding).
	 */
	kernelPartials: Float32Array[];
}

/**
 * The backward pass of the tiny CNN, from the forward pass it follows.
 * `const backward = tinyBackward(params, tinyForward(params, batch))`
 */
export function tinyBackward(params: TinyParams, forward: TinyForward): TinyBackward {
	const gradScores = forward.loss.gradLogits;
	const denseGrads = denseBackward(forward.flat, params.weight, gradScores);
	const gradPooled = unflatten(denseGrads.gradInput, forward.pooled.shape, 'row');
	const gradActivated = pool2dBackward(forward.activated, gradPooled, POOL, forward.winners);
	const gradConv = reluBackward(forward.conv, forward.activated, gradActivated);
	const convGrads = conv2dBackwardTraced(forward.input, params.kernel, gradConv);
	const kernelPartials: Float32Array[] = [];
	const running = new Float64Array(params.kernel.data.length);
	const perFilter = TINY_KERNEL * TINY_KERNEL;
	for (const step of convGrads.trace.steps) {
		for (const cell of step.cells) {
			if (!cell.isPadding)
				running[step.filter * perFilter + cell.ky * TINY_KERNEL + cell.kx] += cell.weightGradient;
		}
		kernelPartials.push(Float32Array.from(running));
	}
	return {
		gradScores,
		gradWeight: denseGrads.gradWeight,
		gradDenseBias: denseGrads.gradBias,
		gradFlat: denseGrads.gradInput,
		gradPooled,
		gradActivated,
		gradConv,
		gradKernel: convGrads.gradWeight,
		gradBias: convGrads.gradBias,
		kernelTrace: convGrads.trace,
		kernelPartials
	};
}

function asParameters(params: TinyParams, grads: TinyBackward): Parameter[] {
	const pairs: [string, Tensor, Tensor][] = [
		['kernel', params.kernel, grads.gradKernel],
		['bias', params.bias, grads.gradBias],
		['weight', params.weight, grads.gradWeight],
		['denseBias', params.denseBias, grads.gradDenseBias]
	];
	return pairs.map(([name, value, grad]) => ({
		name,
		value: { shape: [...value.shape], data: new Float32Array(value.data) },
		grad,
		frozen: false
	}));
}

/**
 * One step of plain gradient descent (the engine's SGD without momentum): every parameter moves by
 * -learningRate x its gradient. Returns new parameters; the old ones are untouched.
 * `const next = tinyUpdate(params, backward, 0.5)`
 */
export function tinyUpdate(
	params: TinyParams,
	grads: TinyBackward,
	learningRate: number
): TinyParams {
	const parameters = asParameters(params, grads);
	new SGD({ learningRate }).step(parameters);
	const [kernel, bias, weight, denseBias] = parameters.map((p) => p.value);
	return { kernel, bias, weight, denseBias };
}

/** One recorded step of training on the toy set. */
export interface TinyTrainingStep {
	params: TinyParams;
	/** Mean loss over the whole toy set with these parameters. */
	loss: number;
	/** Examples of the toy set classified correctly with these parameters. */
	correct: number;
}

/**
 * Trains on the whole toy set (one batch) for `steps` steps and records the parameters before each
 * step and after the last: `history[0]` is the start, `history[steps]` the end.
 * `tinyTrain(tinyInitialParams(1), tinyExamples(), 20, 0.5).at(-1)!.loss`
 */
export function tinyTrain(
	start: TinyParams,
	examples: readonly TinyExample[],
	steps: number,
	learningRate: number
): TinyTrainingStep[] {
	const batch = tinyBatch(examples);
	const history: TinyTrainingStep[] = [];
	let params = start;
	for (let step = 0; step <= steps; step++) {
		const forward = tinyForward(params, batch);
		const probabilities = forward.loss.probabilities.data;
		let correct = 0;
		batch.labels.forEach((label, n) => {
			const other = 1 - label;
			if (probabilities[n * 2 + label] > probabilities[n * 2 + other]) correct++;
		});
		history.push({ params, loss: forward.loss.loss, correct });
		if (step < steps) params = tinyUpdate(params, tinyBackward(params, forward), learningRate);
	}
	return history;
}

/** Each example's kernel gradient, their mean, and the gradient of the whole batch in one pass. */
export interface TinyBatchGradients {
	perExample: { loss: number; gradKernel: Tensor; gradBias: Tensor }[];
	/** Entry-by-entry mean of the per-example kernel gradients. */
	meanKernel: Float32Array;
	/** The batch's loss and kernel gradient from one forward and backward pass over all examples. */
	batchLoss: number;
	batchKernel: Tensor;
	/** Largest |mean - batch| over the kernel entries: rounding only. */
	largestDifference: number;
}

/**
 * Shows that a batch's gradient is the mean of its examples' gradients.
 * `tinyBatchGradients(params, examples.slice(0, 4)).largestDifference < 1e-6`
 */
export function tinyBatchGradients(
	params: TinyParams,
	examples: readonly TinyExample[]
): TinyBatchGradients {
	const perExample = examples.map((example) => {
		const forward = tinyForward(params, tinyBatch([example]));
		const grads = tinyBackward(params, forward);
		return { loss: forward.loss.loss, gradKernel: grads.gradKernel, gradBias: grads.gradBias };
	});
	const total = new Float64Array(params.kernel.data.length);
	for (const e of perExample)
		for (let k = 0; k < total.length; k++) total[k] += e.gradKernel.data[k];
	const meanKernel = Float32Array.from(total, (v) => v / perExample.length);
	const forward = tinyForward(params, tinyBatch(examples));
	const batchKernel = tinyBackward(params, forward).gradKernel;
	let largestDifference = 0;
	for (let k = 0; k < meanKernel.length; k++) {
		largestDifference = Math.max(largestDifference, Math.abs(meanKernel[k] - batchKernel.data[k]));
	}
	return { perExample, meanKernel, batchLoss: forward.loss.loss, batchKernel, largestDifference };
}
