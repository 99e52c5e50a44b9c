/**
 * The state of lesson 13's first figure: a base network (trained here on the digits 0 to 4, or the
 * LeNet of lesson 12 kept in this browser), then two training sessions on the digits 5 to 9 with the
 * same small budget, one fine-tuned from the base and one from scratch. The sessions are the kit's
 * (TrainingSession: a Web Worker each, training with the engine); this class only sequences them.
 */
import { storedWeights, TrainingSession } from '$lib/figure/training.svelte';

export const OLD = [0, 1, 2, 3, 4];
export const NEW = [5, 6, 7, 8, 9];
export const LAYERS = ['conv1', 'conv2', 'fc1', 'fc2'] as const;
/** The small budget: 100 training digits of 5-9 (20 of each), seen 8 times, in batches of 16. */
export const TRAIN_LIMIT = 100;
export const BUDGET = 800;
export const BATCH = 16;
export const BASE_BUDGET = 4500;
export const SCRATCH_RATE = 0.002;

const busy = (session: TrainingSession | null) => session !== null && session.running;

export class FineTuneComparison {
	source: 'here' | 'lesson12' = $state('here');
	/** The weights lesson 12 left in this browser, if any. */
	savedModel: string | null = $state(null);
	base: TrainingSession | null = $state.raw(null);
	/** The base network's weights, once it is ready. */
	baseModel: string | null = $state(null);
	fine: TrainingSession | null = $state.raw(null);
	scratch: TrainingSession | null = $state.raw(null);
	problem = $state('');

	/** Looks for lesson 12's network (in the browser only) and starts from it when there is one. */
	findSaved(): void {
		this.savedModel = storedWeights();
		if (this.savedModel) this.source = 'lesson12';
	}

	get preparing(): boolean {
		return busy(this.base);
	}

	get running(): boolean {
		return busy(this.fine) || busy(this.scratch);
	}

	get finished(): boolean {
		return [this.fine, this.scratch].every(
			(s) => s !== null && s.state === 'paused' && s.examples >= BUDGET
		);
	}

	prepareBase(): void {
		this.problem = '';
		this.base?.destroy();
		this.base = null;
		this.baseModel = null;
		if (this.source === 'lesson12') {
			if (this.savedModel) this.baseModel = this.savedModel;
			else
				this.problem =
					'No network from lesson 12 is saved in this browser: train one there, or start from digits 0–4 here.';
			return;
		}
		const session = new TrainingSession({ digits: OLD, pointEvery: 500, testEvery: 1500 });
		this.base = session;
		session.trainUntil(BASE_BUDGET);
	}

	/** Keeps the base network's weights once it has finished its budget (called as it progresses). */
	keepBaseWhenDone(): void {
		const session = this.base;
		if (!session || session.state !== 'paused' || session.examples < BASE_BUDGET) return;
		if (this.baseModel) return;
		session
			.save()
			.then((text) => (this.baseModel = text))
			.catch(
				(error: Error) => (this.problem = `The base network could not be read: ${error.message}.`)
			);
	}

	/** Trains both networks on the new digits, with the same budget. */
	compare(rate: number, frozen: readonly string[]): void {
		if (!this.baseModel) return;
		this.fine?.destroy();
		this.scratch?.destroy();
		const common = { digits: NEW, trainLimit: TRAIN_LIMIT, pointEvery: 100, testEvery: 100 };
		const tuned = new TrainingSession({
			...common,
			base: { model: this.baseModel, freeze: [...frozen] }
		});
		tuned.learningRate = rate;
		tuned.batchSize = BATCH;
		const fresh = new TrainingSession(common);
		fresh.learningRate = SCRATCH_RATE;
		fresh.batchSize = BATCH;
		this.fine = tuned;
		this.scratch = fresh;
		tuned.trainUntil(BUDGET);
		fresh.trainUntil(BUDGET);
	}

	destroy(): void {
		for (const session of [this.base, this.fine, this.scratch]) session?.destroy();
	}
}
