/**
 * Stochastic gradient descent with momentum and optional (L2) weight decay, as PyTorch writes it:
 *
 *   g = grad + weightDecay * w
 *   v = momentum * v + g          (v starts at 0)
 *   w = w - learningRate * v
 *
 * With momentum 0 this is plain gradient descent, w = w - lr * g. Frozen parameters are skipped.
 */
import { sgdUpdate } from '../kernels/update';
import type { Parameter } from '../layers';

/** What every optimiser offers: one step over the parameters, a learning rate to change, a reset. */
export interface Optimiser {
	readonly kind: 'sgd' | 'adam';
	learningRate: number;
	/** Updates every parameter that is not frozen from its `grad`. */
	step(parameters: readonly Parameter[]): void;
	/** Forgets the velocities / moments (e.g. after loading weights). */
	reset(): void;
}

export interface SGDOptions {
	learningRate: number;
	/** 0 (no momentum) to < 1; 0.9 is usual. */
	momentum?: number;
	/** L2 penalty added to the gradient; 0 by default. */
	weightDecay?: number;
}

function checkRate(learningRate: number): void {
	if (!Number.isFinite(learningRate) || learningRate <= 0) {
		throw new RangeError(
			`learning rate must be a finite number > 0, got ${learningRate}: try 0.01`
		);
	}
}

/**
 * SGD with momentum. `const sgd = new SGD({ learningRate: 0.01, momentum: 0.9 }); sgd.step(model.parameters())`
 */
export class SGD implements Optimiser {
	readonly kind = 'sgd';
	momentum: number;
	weightDecay: number;
	private rate: number;
	private readonly velocities = new Map<Parameter, Float32Array>();

	constructor(options: SGDOptions) {
		checkRate(options.learningRate);
		this.rate = options.learningRate;
		this.momentum = options.momentum ?? 0;
		this.weightDecay = options.weightDecay ?? 0;
		if (!(this.momentum >= 0 && this.momentum < 1)) {
			throw new RangeError(`momentum must be in [0, 1), got ${this.momentum}: try 0.9`);
		}
		if (!(this.weightDecay >= 0) || !Number.isFinite(this.weightDecay)) {
			throw new RangeError(`weight decay must be a finite number >= 0, got ${this.weightDecay}`);
		}
	}

	get learningRate(): number {
		return this.rate;
	}
	set learningRate(value: number) {
		checkRate(value);
		this.rate = value;
	}

	step(parameters: readonly Parameter[]): void {
		const lr = this.rate;
		const mu = this.momentum;
		const decay = this.weightDecay;
		for (const p of parameters) {
			if (p.frozen) continue;
			const w = p.value.data;
			let v = this.velocities.get(p) ?? null;
			if (!v && mu !== 0) {
				v = new Float32Array(w.length);
				this.velocities.set(p, v);
			}
			sgdUpdate(w, p.grad.data, mu === 0 ? null : v, lr, mu, decay);
		}
	}

	reset(): void {
		this.velocities.clear();
	}
}
