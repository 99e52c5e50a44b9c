/**
 * Lesson 7's experiment: does the order in which feature maps are flattened matter to the network?
 *
 * Each digit goes through the same fixed start of a CNN (two Sobel edge filters, ReLU, 2x2 max pooling:
 * 2 feature maps of 13 x 13), is flattened in one order, and a dense layer learns to read the 338-long
 * vectors. Only the dense layer trains, from the same seeded start, on the same seeded batches, so the
 * order is the only thing that differs between runs. A fixed order (row by row, column by column, or one
 * shuffle used for every image) learns as well as any other; a new shuffle for every image does not.
 */

import type { DigitSet } from '../data/mnist';
import { digitBatch } from '../data/mnist';
import { relu } from '../activation';
import { conv2d } from '../conv';
import { flatten, shufflePermutation, type FlattenOrder } from '../flatten';
import { Dense } from '../layers';
import { evaluate, Sequential, trainStep } from '../model';
import { SGD } from '../optim/sgd';
import { pool2d } from '../pool';
import { createRandom } from '../random';
import { ShapeError } from '../shape';
import { tensor, type Tensor } from '../tensor';

/** How the feature maps of every image are read into a vector. */
export type OrderChoice = 'row' | 'column' | 'shuffle' | 'reshuffle';

export const ORDER_CHOICES: readonly { name: OrderChoice; label: string }[] = [
	{ name: 'row', label: 'Row by row' },
	{ name: 'column', label: 'Column by column' },
	{ name: 'shuffle', label: 'One fixed shuffle' },
	{ name: 'reshuffle', label: 'A new shuffle for every image' }
];

/** Shape of the feature maps of one digit: [channels, height, width]. */
export const DIGIT_FEATURE_SHAPE = [2, 13, 13] as const;
/** Number of values in one digit's flattened feature maps (2 x 13 x 13 = 338). */
export const DIGIT_FEATURE_LENGTH = 2 * 13 * 13;

const EDGE_WEIGHTS = tensor(
	[
		// vertical edges (Sobel)
		-1, 0, 1, -2, 0, 2, -1, 0, 1,
		// horizontal edges (Sobel)
		-1, -2, -1, 0, 0, 0, 1, 2, 1
	],
	[2, 1, 3, 3]
);

/**
 * The fixed start of the network on `count` digits of a set: conv (2 Sobel filters, 28 -> 26), ReLU,
 * max pooling 2 (26 -> 13). Returns [count, 2, 13, 13] and the labels. `digitFeatures(data.test, 500)`
 */
export function digitFeatures(set: DigitSet, count: number): { x: Tensor; labels: Uint8Array } {
	if (!Number.isInteger(count) || count < 1 || count > set.count) {
		throw new ShapeError(
			`${count} digits asked for, but the set has ${set.count}: use 1 to ${set.count}`
		);
	}
	const indices = Int32Array.from({ length: count }, (_, i) => i);
	const { x, labels } = digitBatch(set, indices);
	const maps = relu(conv2d(x, EDGE_WEIGHTS, null));
	return { x: pool2d(maps, { mode: 'max', window: 2 }).output, labels };
}

/**
 * Flattens feature maps [N, C, H, W] in the chosen order. 'shuffle' uses one permutation (from `seed`)
 * for every image; 'reshuffle' draws a new one for each image (from `seed` and the image's position).
 * `orderedVectors(features, 'column', 7)`
 */
export function orderedVectors(features: Tensor, choice: OrderChoice, seed: number): Tensor {
	const [batch, channels, height, width] = features.shape;
	const length = channels * height * width;
	if (choice === 'row' || choice === 'column') return flatten(features, choice);
	if (choice === 'shuffle') {
		return flatten(features, { permutation: shufflePermutation(length, seed) });
	}
	if (choice !== 'reshuffle') {
		throw new ShapeError(
			`order '${String(choice)}' is unknown: use 'row', 'column', 'shuffle' or 'reshuffle'`
		);
	}
	const out = new Float32Array(batch * length);
	for (let n = 0; n < batch; n++) {
		const one: Tensor = {
			shape: [1, channels, height, width],
			data: features.data.subarray(n * length, (n + 1) * length)
		};
		const order: FlattenOrder = { permutation: shufflePermutation(length, seed * 100003 + n + 1) };
		out.set(flatten(one, order).data, n * length);
	}
	return { shape: [batch, length], data: out };
}

export interface OrderRunOptions {
	/** Seed of the dense layer's starting weights, of the batch order and of the shuffles. */
	seed: number;
	/** Passes over the training digits. Default 2. */
	epochs?: number;
	/** Default 32. */
	batchSize?: number;
	/** SGD with momentum 0.9; default 0.02. */
	learningRate?: number;
}

/**
 * One run: a dense layer (338 -> 10) trained on vectors in one order, then tested on the test vectors
 * in that same order. Runs a few batches at a time (`advance`) so a page can show progress.
 * `const run = new OrderRun(train, test, 'column', { seed: 1 }); while (!run.done) run.advance(50);`
 */
export class OrderRun {
	readonly choice: OrderChoice;
	readonly totalSteps: number;
	step = 0;
	private readonly model: Sequential;
	private readonly optimiser: SGD;
	private readonly trainX: Tensor;
	private readonly trainLabels: Uint8Array;
	private readonly testX: Tensor;
	private readonly testLabels: Uint8Array;
	private readonly batchSize: number;
	private readonly stepsPerEpoch: number;
	private readonly schedule: number[][];
	private readonly batchX: Tensor;
	private readonly batchLabels: Uint8Array;

	constructor(
		train: { x: Tensor; labels: Uint8Array },
		test: { x: Tensor; labels: Uint8Array },
		choice: OrderChoice,
		options: OrderRunOptions
	) {
		const { seed, epochs = 2, batchSize = 32, learningRate = 0.02 } = options;
		this.choice = choice;
		this.trainX = orderedVectors(train.x, choice, seed);
		// A fixed order must be the same for the test digits; a new shuffle per image is new for them too.
		this.testX = orderedVectors(test.x, choice, choice === 'reshuffle' ? seed + 7919 : seed);
		this.trainLabels = train.labels;
		this.testLabels = test.labels;
		this.batchSize = batchSize;
		const count = train.labels.length;
		this.stepsPerEpoch = Math.floor(count / batchSize);
		if (this.stepsPerEpoch < 1) {
			throw new ShapeError(
				`${count} training digits cannot fill a batch of ${batchSize}: use a smaller batch`
			);
		}
		this.totalSteps = this.stepsPerEpoch * epochs;
		// The same batches, in the same order, whatever the flattening order.
		const shuffler = createRandom(seed);
		this.schedule = Array.from({ length: epochs }, () =>
			shuffler.shuffle(Array.from({ length: count }, (_, i) => i))
		);
		const width = this.trainX.shape[1];
		this.model = new Sequential(
			[new Dense({ inputs: width, outputs: 10 }, createRandom(seed + 1), 'glorot', 'dense')],
			[width]
		);
		this.optimiser = new SGD({ learningRate, momentum: 0.9 });
		this.batchX = { shape: [batchSize, width], data: new Float32Array(batchSize * width) };
		this.batchLabels = new Uint8Array(batchSize);
	}

	get done(): boolean {
		return this.step >= this.totalSteps;
	}

	/** Trains up to `steps` more batches; returns the number of batches done so far. */
	advance(steps: number): number {
		const width = this.trainX.shape[1];
		const end = Math.min(this.totalSteps, this.step + steps);
		for (; this.step < end; this.step++) {
			const epoch = Math.floor(this.step / this.stepsPerEpoch);
			const start = (this.step % this.stepsPerEpoch) * this.batchSize;
			const order = this.schedule[epoch];
			for (let b = 0; b < this.batchSize; b++) {
				const example = order[start + b];
				this.batchX.data.set(
					this.trainX.data.subarray(example * width, (example + 1) * width),
					b * width
				);
				this.batchLabels[b] = this.trainLabels[example];
			}
			trainStep(this.model, this.optimiser, this.batchX, this.batchLabels);
		}
		return this.step;
	}

	/** Accuracy on the test digits, flattened in this run's order (0 to 1). */
	testAccuracy(): number {
		return evaluate(this.model, this.testX, this.testLabels).accuracy;
	}
}
