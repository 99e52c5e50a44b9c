/**
 * A training session on digits, batch after batch, as the Web Worker of lessons 12 and 13 runs it:
 * seeded shuffling, a choice of optimiser, learning rate and batch size (changeable between steps),
 * progress points (training and test loss and accuracy), the confusion matrix and the misclassified
 * test digits, predictions with every layer's feature maps, and save / load of the weights.
 *
 * A run that diverges (a NaN or infinite loss, gradient or weight, or a loss that explodes) stops by
 * itself, says why (as facts, `Divergence`: the figures phrase it in the page's language), and puts
 * back the last good weights.
 *
 * `const run = new TrainingRun(parseMnist(bytes), { seed: 1, learningRate: 0.002, batchSize: 32, optimiser: 'adam' })`
 */
import { digitBatch, type MnistData } from '../data/mnist';
import { Batches, type Subset, subset } from './batches';
import { LastGoodWeights } from './lastGood';
import { createLeNet5 } from '../lenet';
import {
	evaluate,
	type Evaluation,
	Sequential,
	type StepResult,
	trainStep,
	TrainingDivergedError
} from '../model';
import { Adam } from '../optim/adam';
import { SGD, type Optimiser } from '../optim/sgd';
import { createRandom, type Random } from '../random';
import { loadModel, ModelFormatError, serializeModel } from '../serialize';
import { sameShape, shapeString, size, type Tensor } from '../tensor';

export type OptimiserName = 'adam' | 'sgd';

/** Trains one batch with trainStep's contract, possibly asynchronously (across workers). */
export type BatchTrainer = (
	model: Sequential,
	optimiser: Optimiser,
	x: Tensor,
	labels: Uint8Array
) => Promise<StepResult>;

/** What the reader can change between steps. */
export interface Hyperparameters {
	learningRate: number;
	batchSize: number;
	optimiser: OptimiserName;
}

export interface RunOptions extends Hyperparameters {
	seed: number;
	/** The digits to learn, in class order (default 0 to 9). Class k is digit `digits[k]`. */
	digits?: readonly number[];
	/** Use only `trainLimit` training digits, as many of each class as possible (a small budget). */
	trainLimit?: number;
	/** Start from this model instead of a fresh LeNet-5 (fine-tuning). */
	model?: Sequential;
}

/** One point of the curves. */
export interface ProgressPoint {
	/** Training examples seen so far. */
	examples: number;
	/** Fractional epochs. */
	epoch: number;
	/** Mean over the batches since the previous point. */
	trainLoss: number;
	trainAccuracy: number;
	/** On the whole test set, when measured at this point. */
	testLoss?: number;
	testAccuracy?: number;
}

/** A test digit the network gets wrong. */
export interface Mistake {
	/** Index in the test set of these classes. */
	index: number;
	/** The true digit and the digit the network answered. */
	digit: number;
	predicted: number;
	/** The probability the network gave its (wrong) answer. */
	confidence: number;
	/** 28 x 28 pixels, 0 to 255. */
	pixels: Uint8Array;
}

/** A prediction with what every layer made of the input. */
export interface Inspection {
	/** One probability per class. */
	probabilities: Float32Array;
	/** Digit per class, as `digits`. */
	digits: number[];
	layers: { name: string; kind: string; shape: number[]; data: Float32Array }[];
}

/** The limit above which a training loss counts as exploding (chance on 10 classes is ln 10 ≈ 2.3). */
export const EXPLODING_LOSS = 25;

/**
 * Why a run stopped by itself. Either way the last good weights are back, and the fix is a smaller
 * learning rate (try 10 times smaller) before resuming.
 * - `exploded`: the training loss jumped to `loss`, where a network guessing at random scores
 *   `chance` (ln of the number of classes);
 * - `not-finite`: a loss, gradient or weight became NaN or infinite, so the step was refused.
 */
export type Divergence =
	{ reason: 'exploded'; loss: number; chance: number } | { reason: 'not-finite' };

function makeOptimiser(name: OptimiserName, learningRate: number): Optimiser {
	return name === 'adam' ? new Adam({ learningRate }) : new SGD({ learningRate, momentum: 0.9 });
}

function checkHyper(h: Hyperparameters): void {
	if (!(h.learningRate > 0) || !Number.isFinite(h.learningRate)) {
		throw new RangeError(
			`learning rate ${h.learningRate} is not possible: use a number > 0, such as 0.001`
		);
	}
	if (!Number.isInteger(h.batchSize) || h.batchSize < 1 || h.batchSize > 1024) {
		throw new RangeError(
			`batch size ${h.batchSize} is not possible: use a whole number from 1 to 1024`
		);
	}
	if (h.optimiser !== 'adam' && h.optimiser !== 'sgd') {
		throw new RangeError(`optimiser '${String(h.optimiser)}' is unknown: use 'adam' or 'sgd'`);
	}
}

export class TrainingRun {
	readonly digits: number[];
	model: Sequential;
	hyper: Hyperparameters;
	/** Training examples seen since the start (or the last reset). */
	examples = 0;
	steps = 0;
	readonly points: ProgressPoint[] = [];
	/** Why the run stopped by itself, or null. */
	diverged: Divergence | null = null;

	private readonly train: Subset;
	private readonly test: Subset;
	private readonly testX: Tensor;
	private rng: Random;
	private optimiser: Optimiser;
	private batches: Batches;
	private lossSum = 0;
	private correctSum = 0;
	private countSum = 0;
	private batchCount = 0;
	/** The weights a diverging run goes back to (lastGood.ts). */
	private readonly lastGood = new LastGoodWeights(() => this.model);

	constructor(data: MnistData, options: RunOptions) {
		checkHyper(options);
		this.digits = [...(options.digits ?? [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])];
		this.hyper = {
			learningRate: options.learningRate,
			batchSize: options.batchSize,
			optimiser: options.optimiser
		};
		this.train = subset(data.train, this.digits, options.trainLimit);
		this.test = subset(data.test, this.digits);
		if (this.train.indices.length === 0) {
			throw new RangeError(`no training digit among ${this.digits.join(', ')}`);
		}
		const test = digitBatch(data.test, this.test.indices);
		this.testX = test.x;
		this.rng = createRandom(options.seed);
		this.model = options.model ?? createLeNet5(this.rng, this.digits.length);
		this.checkModel(this.model);
		this.optimiser = makeOptimiser(this.hyper.optimiser, this.hyper.learningRate);
		this.batches = new Batches(this.train, this.rng);
		this.lastGood.remember();
	}

	/** Number of training and test digits used. */
	get sizes(): { train: number; test: number } {
		return { train: this.train.indices.length, test: this.test.indices.length };
	}

	/** Fractional epochs so far. */
	get epoch(): number {
		return this.examples / this.train.indices.length;
	}

	private checkModel(model: Sequential): void {
		if (!sameShape(model.inputShape, [1, 28, 28])) {
			throw new ModelFormatError(
				`this model takes ${shapeString(model.inputShape)}, not a 28 x 28 digit [1, 28, 28]`
			);
		}
		const classes = size(model.outputShape());
		if (classes !== this.digits.length) {
			throw new ModelFormatError(
				`this model answers ${classes} classes, but this run has ${this.digits.length} (${this.digits.join(', ')})`
			);
		}
	}

	private restore(): void {
		this.lastGood.restore();
		this.optimiser.reset();
	}

	/** Changes hyper-parameters between steps (a new optimiser starts with fresh moments). */
	setHyper(next: Partial<Hyperparameters>): void {
		const merged = { ...this.hyper, ...next };
		checkHyper(merged);
		// No window of steps mixes two learning rates (see lastGood.ts).
		this.lastGood.closeWindow();
		if (merged.optimiser !== this.hyper.optimiser) {
			this.optimiser = makeOptimiser(merged.optimiser, merged.learningRate);
		} else {
			this.optimiser.learningRate = merged.learningRate;
		}
		this.hyper = merged;
	}

	/**
	 * One batch: forward, backward, update. Returns false (and changes no weight) when the run has
	 * diverged; `diverged` then says why.
	 */
	step(): boolean {
		const batch = this.diverged ? null : this.batches.next(this.hyper.batchSize);
		if (!batch) return false;
		try {
			return this.settle(trainStep(this.model, this.optimiser, batch.x, batch.labels));
		} catch (error) {
			return this.refuse(error);
		}
	}

	/**
	 * One batch trained by `train`, which has trainStep's contract but may take its time (the training
	 * worker shares the batch among several workers). Same result and refusals as `step`.
	 * `await run.stepWith((model, optimiser, x, labels) => steps.step(model, optimiser, x, labels))`
	 */
	async stepWith(train: BatchTrainer): Promise<boolean> {
		const batch = this.diverged ? null : this.batches.next(this.hyper.batchSize);
		if (!batch) return false;
		try {
			return this.settle(await train(this.model, this.optimiser, batch.x, batch.labels));
		} catch (error) {
			return this.refuse(error);
		}
	}

	private settle(result: StepResult): boolean {
		if (result.loss > EXPLODING_LOSS) {
			this.restore();
			this.diverged = {
				reason: 'exploded',
				loss: result.loss,
				chance: Math.log(this.digits.length)
			};
			return false;
		}
		this.lastGood.count(result.loss);
		this.lossSum += result.loss * result.count;
		this.correctSum += result.correct;
		this.countSum += result.count;
		this.examples += result.count;
		this.steps++;
		this.batchCount++;
		return true;
	}

	private refuse(error: unknown): boolean {
		if (error instanceof TrainingDivergedError) {
			this.restore();
			this.diverged = { reason: 'not-finite' };
			return false;
		}
		throw error;
	}

	/** Clears a divergence so that training can go on (after lowering the learning rate). */
	clearDivergence(): void {
		this.diverged = null;
	}

	/** Closes a point of the curves with the training averages since the last one, and the test set if asked. */
	point(withTest: boolean): ProgressPoint {
		const point: ProgressPoint = {
			examples: this.examples,
			epoch: this.epoch,
			trainLoss: this.countSum ? this.lossSum / this.countSum : NaN,
			trainAccuracy: this.countSum ? this.correctSum / this.countSum : NaN
		};
		if (withTest) {
			const result = this.evaluate();
			point.testLoss = result.loss;
			point.testAccuracy = result.accuracy;
		}
		this.lossSum = this.correctSum = this.countSum = this.batchCount = 0;
		this.points.push(point);
		return point;
	}

	/** Accuracy, loss and confusion matrix on the test digits of these classes. */
	evaluate(): Evaluation {
		return evaluate(this.model, this.testX, this.test.labels);
	}

	/** The test digits the network gets wrong, most confident mistakes first. */
	mistakes(limit = 24): Mistake[] {
		const found: Mistake[] = [];
		const perImage = 28 * 28;
		const count = this.test.indices.length;
		for (let start = 0; start < count; start += 100) {
			const batch = Math.min(100, count - start);
			const x: Tensor = {
				shape: [batch, 1, 28, 28],
				data: this.testX.data.subarray(start * perImage, (start + batch) * perImage)
			};
			const { classes, probabilities } = this.model.predict(x);
			for (let n = 0; n < batch; n++) {
				const label = this.test.labels[start + n];
				if (classes[n] === label) continue;
				const source = this.test.indices[start + n] * perImage;
				found.push({
					index: start + n,
					digit: this.digits[label],
					predicted: this.digits[classes[n]],
					confidence: probabilities.data[n * this.digits.length + classes[n]],
					pixels: this.test.set.images.slice(source, source + perImage)
				});
			}
		}
		return found.sort((a, b) => b.confidence - a.confidence).slice(0, limit);
	}

	/** A test digit of these classes: its pixels (0 to 255) and its digit. */
	testDigit(index: number): { pixels: Uint8Array; digit: number } {
		const count = this.test.indices.length;
		const i = ((Math.round(index) % count) + count) % count;
		const source = this.test.indices[i] * 28 * 28;
		return {
			pixels: this.test.set.images.slice(source, source + 28 * 28),
			digit: this.digits[this.test.labels[i]]
		};
	}

	/** Probabilities and every layer's output for one 28 x 28 image with values in [0, 1]. */
	inspect(image: Float32Array): Inspection {
		if (image.length !== 28 * 28) {
			throw new RangeError(`an image has ${image.length} pixels, a digit needs 784 (28 x 28)`);
		}
		const x: Tensor = { shape: [1, 1, 28, 28], data: image };
		const layers = this.model.inspect(x).map((activity) => ({
			name: activity.name,
			kind: activity.kind,
			shape: [...activity.output.shape],
			data: activity.output.data
		}));
		const { probabilities } = this.model.predict(x);
		return { probabilities: probabilities.data, digits: [...this.digits], layers };
	}

	/** The weights of a layer with parameters, e.g. conv1's filters [6, 1, 5, 5]. */
	weights(name: string): Float32Array {
		return new Float32Array(this.model.layer(name).parameters()[0].value.data);
	}

	/** The model as JSON text (the engine's save format). */
	save(): string {
		return serializeModel(this.model);
	}

	/**
	 * Replaces the model by one read from text, after checking it fits this run; throws a
	 * ModelFormatError saying what is wrong and keeps the current model.
	 */
	load(text: string): void {
		const model = loadModel(text);
		this.checkModel(model);
		this.model = model;
		this.optimiser = makeOptimiser(this.hyper.optimiser, this.hyper.learningRate);
		this.diverged = null;
		this.lastGood.remember();
	}
}
