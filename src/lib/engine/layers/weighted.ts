/**
 * What the layers with weights and an optional bias (Dense, Conv2D) share: their parameters, made and
 * initialised in one place; the gradients backward writes (none for a frozen layer). Backward reads the
 * batch size from the recorded input's first axis.
 */
import type { Random } from '../random';
import type { Shape } from '../tensor';
import { BaseLayer, type Initialiser, initialise, makeParameter, type Parameter } from './base';

/** How a layer's weights are made: their shape, fan-in and fan-out, and whether a bias comes too. */
export interface WeightPlan {
	shape: Shape;
	fanIn: number;
	fanOut: number;
	/** Number of biases (one per output), or 0 for no bias. */
	biases: number;
}

export abstract class WeightedLayer extends BaseLayer {
	readonly weights: Parameter;
	readonly bias: Parameter | null;

	protected constructor(name: string, plan: WeightPlan, init: Initialiser, rng?: Random) {
		super(name);
		this.weights = makeParameter('weights', plan.shape);
		initialise(this.weights.value.data, plan.shape, init, plan.fanIn, plan.fanOut, rng);
		this.bias = plan.biases > 0 ? makeParameter('bias', [plan.biases]) : null;
		this.params = this.bias ? [this.weights, this.bias] : [this.weights];
	}

	/** The biases a forward pass adds, or null without a bias. */
	protected biasValues(): Float32Array | null {
		return this.bias ? this.bias.value.data : null;
	}

	/** Where backward writes the gradients of the weights and the bias: nowhere for a frozen layer. */
	protected gradientTargets(): { weights: Float32Array | null; bias: Float32Array | null } {
		if (this.frozen) return { weights: null, bias: null };
		return { weights: this.weights.grad.data, bias: this.bias ? this.bias.grad.data : null };
	}
}
