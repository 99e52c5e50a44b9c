/**
 * Adam (Kingma & Ba, 2015), as PyTorch writes it, with bias correction and optional L2 weight decay:
 *
 *   g = grad + weightDecay * w
 *   m = beta1 * m + (1 - beta1) * g              (m, v start at 0; t counts this parameter's steps)
 *   v = beta2 * v + (1 - beta2) * g^2
 *   w = w - learningRate * (m / (1 - beta1^t)) / (sqrt(v / (1 - beta2^t)) + epsilon)
 *
 * The step DIVIDES by the square root of v (convnetjs multiplied there for years). Frozen parameters
 * are skipped and their step count does not advance.
 */
import type { Parameter } from '../layers';
import type { Optimiser } from './sgd';

export interface AdamOptions {
	/** 0.001 by default. */
	learningRate?: number;
	beta1?: number;
	beta2?: number;
	epsilon?: number;
	weightDecay?: number;
}

interface Moments {
	m: Float32Array;
	v: Float32Array;
	t: number;
}

/** Adam. `const adam = new Adam({ learningRate: 0.001 }); adam.step(model.parameters())` */
export class Adam implements Optimiser {
	readonly kind = 'adam';
	readonly beta1: number;
	readonly beta2: number;
	readonly epsilon: number;
	readonly weightDecay: number;
	private rate: number;
	private readonly moments = new Map<Parameter, Moments>();

	constructor(options: AdamOptions = {}) {
		this.rate = options.learningRate ?? 0.001;
		this.beta1 = options.beta1 ?? 0.9;
		this.beta2 = options.beta2 ?? 0.999;
		this.epsilon = options.epsilon ?? 1e-8;
		this.weightDecay = options.weightDecay ?? 0;
		this.learningRate = this.rate;
		for (const [name, value] of [
			['beta1', this.beta1],
			['beta2', this.beta2]
		] as const) {
			if (!(value >= 0 && value < 1))
				throw new RangeError(`${name} must be in [0, 1), got ${value}`);
		}
		if (!(this.epsilon > 0))
			throw new RangeError(`epsilon must be > 0, got ${this.epsilon}: try 1e-8`);
		if (!(this.weightDecay >= 0) || !Number.isFinite(this.weightDecay)) {
			throw new RangeError(`weight decay must be a finite number >= 0, got ${this.weightDecay}`);
		}
	}

	get learningRate(): number {
		return this.rate;
	}
	set learningRate(value: number) {
		if (!Number.isFinite(value) || value <= 0) {
			throw new RangeError(`learning rate must be a finite number > 0, got ${value}: try 0.001`);
		}
		this.rate = value;
	}

	step(parameters: readonly Parameter[]): void {
		const { beta1, beta2, epsilon, weightDecay } = this;
		for (const p of parameters) {
			if (p.frozen) continue;
			const w = p.value.data;
			const g = p.grad.data;
			let state = this.moments.get(p);
			if (!state) {
				state = { m: new Float32Array(w.length), v: new Float32Array(w.length), t: 0 };
				this.moments.set(p, state);
			}
			state.t++;
			const { m, v } = state;
			const correction1 = 1 - Math.pow(beta1, state.t);
			const correction2 = 1 - Math.pow(beta2, state.t);
			const stepSize = this.rate / correction1;
			for (let i = 0; i < w.length; i++) {
				const gi = g[i] + weightDecay * w[i];
				const mi = beta1 * m[i] + (1 - beta1) * gi;
				const vi = beta2 * v[i] + (1 - beta2) * gi * gi;
				m[i] = mi;
				v[i] = vi;
				w[i] -= (stepSize * mi) / (Math.sqrt(vi / correction2) + epsilon);
			}
		}
	}

	reset(): void {
		this.moments.clear();
	}
}
