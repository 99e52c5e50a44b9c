/**
 * The learnable-parts figure's training run (lesson 11): the tiny CNN trained on its toy set by the
 * engine, by plain gradient descent, kept step by step. Steps are computed when first asked for, not
 * all of them when the figure wakes: going on from the last step gives exactly the numbers of one
 * long run (tests/unit/widgets/tinyHistory.test.ts).
 */
import {
	tinyExamples,
	tinyInitialParams,
	tinyTrain,
	type TinyTrainingStep
} from '$lib/engine/lessons/tinyCnn';

/** `new TinyHistory(1, 0.5).at(60).loss` is the loss after 60 steps from seed 1's weights. */
export class TinyHistory {
	readonly #examples = tinyExamples();
	readonly #steps: TinyTrainingStep[];

	constructor(
		seed: number,
		readonly rate: number
	) {
		this.#steps = tinyTrain(tinyInitialParams(seed), this.#examples, 0, rate);
	}

	/** The state after `step` steps (0: the weights drawn from the seed). */
	at(step: number): TinyTrainingStep {
		while (this.#steps.length <= step)
			this.#steps.push(tinyTrain(this.#steps.at(-1)!.params, this.#examples, 1, this.rate)[1]);
		return this.#steps[step];
	}
}
