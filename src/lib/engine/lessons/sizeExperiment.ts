/**
 * Lesson 13's experiment: does fine-tuning pay, and for how much data? A base LeNet-5 learns the
 * digits 0 to 4; then, for each training-set size (a few digits per class up to a couple of hundred),
 * two networks learn the digits 5 to 9 with the same fixed budget of examples: one fine-tuned from the
 * base (new last layer, convolutions frozen), one from random weights. Every run is seeded and trains
 * in one thread, so it gives the same accuracy on any machine; the figure's workers run the jobs of
 * this module, and the unit tests run the very same ones.
 *
 * `const base = trainBase(data).text; const accuracy = runJob(data, base, experimentJobs()[0]);`
 */
import type { MnistData } from '../data/mnist';
import { fineTuneModel } from './fineTune';
import { TrainingRun } from './trainingRun';

/** The classes the base network learns, and the new ones. */
export const OLD_DIGITS: readonly number[] = [0, 1, 2, 3, 4];
export const NEW_DIGITS: readonly number[] = [5, 6, 7, 8, 9];
/** Training digits per new class, from a handful to a couple of hundred. */
export const PER_CLASS: readonly number[] = [2, 5, 10, 20, 50, 100, 200];
/** Examples each network sees, whatever the size of its training set (10 digits: 80 passes). */
export const EXAMPLE_BUDGET = 800;
/** Each size is trained with these seeds and the accuracies averaged, so one lucky draw does not decide. */
export const SEEDS: readonly number[] = [1, 2, 3];
/** The base network: digits 0 to 4, about three passes over their 4,500 training digits. */
export const BASE = { seed: 1, examples: 15000, learningRate: 0.002, batchSize: 32 } as const;
/** Fine-tuning: the convolutions stay as the base learnt them; the dense layers adapt. */
export const FINE_TUNING = { learningRate: 0.003, freeze: ['conv1', 'conv2'] } as const;
/** From scratch: lesson 12's learning rate. */
export const FROM_SCRATCH = { learningRate: 0.002 } as const;
export const BATCH_SIZE = 16;

export { fineTuneModel };

export type Approach = 'fine-tuned' | 'scratch';

/** One training run of the experiment. */
export interface Job {
	perClass: number;
	approach: Approach;
	seed: number;
}

/** Every run, smallest sets first, so that the curves grow from the left while the rest trains. */
export function experimentJobs(): Job[] {
	return PER_CLASS.flatMap((perClass) =>
		SEEDS.flatMap((seed) =>
			(['fine-tuned', 'scratch'] as const).map((approach) => ({ perClass, approach, seed }))
		)
	);
}

/**
 * Trains the base network on the digits 0 to 4: its saved text and its accuracy on their test digits.
 * `const { text, accuracy } = trainBase(data)`
 */
export function trainBase(
	data: MnistData,
	examples: number = BASE.examples
): { text: string; accuracy: number } {
	const run = new TrainingRun(data, {
		seed: BASE.seed,
		learningRate: BASE.learningRate,
		batchSize: BASE.batchSize,
		optimiser: 'adam',
		digits: [...OLD_DIGITS]
	});
	while (run.examples < examples && run.step()) {
		// Each step trains one batch; the loop ends at the budget (or if the run refuses a step).
	}
	return { text: run.save(), accuracy: run.evaluate().accuracy };
}

/**
 * One run: `perClass` training digits of each new class, `budget` examples, then the accuracy on
 * every test digit 5 to 9. `runJob(data, base, { perClass: 10, approach: 'scratch', seed: 2 })`
 */
export function runJob(
	data: MnistData,
	base: string,
	job: Job,
	budget: number = EXAMPLE_BUDGET
): number {
	const common = {
		seed: job.seed,
		batchSize: BATCH_SIZE,
		optimiser: 'adam' as const,
		digits: [...NEW_DIGITS],
		trainLimit: job.perClass * NEW_DIGITS.length
	};
	const run =
		job.approach === 'fine-tuned'
			? new TrainingRun(data, {
					...common,
					learningRate: FINE_TUNING.learningRate,
					model: fineTuneModel(base, NEW_DIGITS.length, job.seed, FINE_TUNING.freeze)
				})
			: new TrainingRun(data, { ...common, learningRate: FROM_SCRATCH.learningRate });
	while (run.examples < budget && run.step()) {
		// As in trainBase: one batch per step, up to the budget.
	}
	return run.evaluate().accuracy;
}
