/**
 * The last good weights of a training run: what a run that diverges puts back. Steps are counted in
 * windows of 20; when a window ends, the weights it led to become the good ones if its mean loss is
 * not climbing (at most twice the last good window's, plus a little). A window also ends before a
 * change of learning rate, so that no window mixes two rates: otherwise a few steps at a huge rate,
 * averaged with the good steps before them, could make wrecked weights "the last good ones".
 *
 * `const good = new LastGoodWeights(() => model); good.remember(); good.count(loss); good.restore()`
 */
import type { Sequential } from '../model';

/** Steps in a window. */
export const WINDOW_STEPS = 20;

export class LastGoodWeights {
	private weights: Float32Array[] = [];
	/** Mean loss of the window that made the snapshot, and the sums of the window since. */
	private goodLoss = Infinity;
	private windowLoss = 0;
	private windowSteps = 0;

	/**
	 * `model` gives the run's current model (a run may load another one); call `remember` once it
	 * exists.
	 */
	constructor(private readonly model: () => Sequential) {}

	/** Takes the current weights as the good ones, with no window behind them yet. */
	remember(): void {
		this.goodLoss = Infinity;
		this.weights = this.model()
			.parameters()
			.map((p) => new Float32Array(p.value.data));
	}

	/** Counts one step's training loss; the 20th step of a window closes it. */
	count(loss: number): void {
		this.windowLoss += loss;
		this.windowSteps++;
		if (this.windowSteps === WINDOW_STEPS) this.closeWindow();
	}

	/** Ends the window: its weights become the good ones if its mean loss is not climbing. */
	closeWindow(): void {
		if (this.windowSteps > 0) {
			const mean = this.windowLoss / this.windowSteps;
			if (mean <= 2 * this.goodLoss + 0.05) {
				this.remember();
				this.goodLoss = mean;
			}
		}
		this.windowLoss = this.windowSteps = 0;
	}

	/** Puts the good weights back and drops the window in progress (the optimiser is the run's). */
	restore(): void {
		this.model()
			.parameters()
			.forEach((p, i) => p.value.data.set(this.weights[i]));
		this.windowLoss = this.windowSteps = 0;
	}
}
