/**
 * Lesson 7's order experiment as the figure runs it: the engine's `OrderRun` on each flattening order
 * in turn, a few batches at a time with a pause between them so that the page stays responsive, with
 * the progress, the accuracies and the seed they belong to as reactive state. The figure only draws it.
 */
import type { MnistData } from '$lib/engine/data/mnist';
import { grouped } from '$lib/figure/format';
import { m } from '$lib/paraglide/messages';
import {
	digitFeatures,
	ORDER_CHOICES,
	OrderRun,
	type OrderChoice
} from '$lib/engine/lessons/orderExperiment';

export type ExperimentStatus = 'idle' | 'running' | 'done' | 'failed';

export interface ExperimentSize {
	/** Training digits (their feature maps are computed once for all orders). */
	train: number;
	/** Test digits the accuracy is measured on. */
	test: number;
	/** Batches trained between two pauses. */
	batchesPerPause?: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const ORDER_LABELS: Record<OrderChoice, () => string> = {
	row: m.flattening_choice_row,
	column: m.flattening_choice_column,
	shuffle: m.flattening_choice_fixed,
	reshuffle: m.flattening_choice_reshuffle
};

/** An order of flattening as the reader reads it: 'row' is "Row by row". */
export function orderLabel(order: OrderChoice): string {
	return ORDER_LABELS[order]();
}

export class OrderTraining {
	status: ExperimentStatus = $state('idle');
	/** What it is doing now, or why it failed; empty when idle or done. */
	message = $state('');
	/** From 0 to 1 over the four orders. */
	progress = $state(0);
	/** Test accuracy (0 to 1) of each order trained so far. */
	results: Partial<Record<OrderChoice, number>> = $state({});
	/** The seed the results were trained with (the box may hold another since). */
	resultSeed = $state(0);
	readonly size: ExperimentSize;
	#cancelled = false;

	constructor(size: ExperimentSize) {
		this.size = size;
	}

	/** Stops a run between two batches (the figure is gone). */
	cancel(): void {
		this.#cancelled = true;
	}

	/**
	 * Trains the same dense layer on each order with `seed`. `loadDigits` fetches the digits; if it
	 * fails, the status says why. A second call while running does nothing.
	 */
	async run(seed: number, loadDigits: () => Promise<MnistData>): Promise<void> {
		if (this.status === 'running') return;
		this.status = 'running';
		this.results = {};
		this.progress = 0;
		this.message = m.flattening_loading();
		try {
			const data = await loadDigits();
			this.message = m.flattening_computing({
				count: grouped(this.size.train + this.size.test)
			});
			await nextTask();
			const train = digitFeatures(data.train, this.size.train);
			const test = digitFeatures(data.test, this.size.test);
			for (const [i, choice] of ORDER_CHOICES.entries()) {
				this.message = m.flattening_training_on({ order: orderLabel(choice.name).toLowerCase() });
				const order = new OrderRun(train, test, choice.name, { seed });
				while (!order.done) {
					order.advance(this.size.batchesPerPause ?? 40);
					this.progress = (i + order.step / order.totalSteps) / ORDER_CHOICES.length;
					await nextTask();
					if (this.#cancelled) return;
				}
				this.results[choice.name] = order.testAccuracy();
			}
			this.resultSeed = seed;
			this.progress = 1;
			this.status = 'done';
			this.message = '';
		} catch (error) {
			this.status = 'failed';
			this.message = m.flattening_failed({
				reason: error instanceof Error ? error.message : String(error)
			});
		}
	}
}
