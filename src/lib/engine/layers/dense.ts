/** Dense (fully connected) layers: the fast kernels of kernels/dense.ts behind the layer contract. */
import { denseBackward, denseForward } from '../kernels';
import type { Random } from '../random';
import { ShapeError } from '../shape';
import { type Shape, type Tensor, shapeString } from '../tensor';
import {
	BufferCache,
	checkWhole,
	type Initialiser,
	type Layer,
	type LayerJSON,
	tensorOf
} from './base';
import { WeightedLayer } from './weighted';

export interface DenseConfig {
	inputs: number;
	outputs: number;
	bias?: boolean;
}

/**
 * Fully connected layer: output = input · Wᵀ + bias, weights [outputs, inputs].
 * `new Dense({ inputs: 400, outputs: 120 }, createRandom(1))`
 */
export class Dense extends WeightedLayer implements Layer {
	readonly kind = 'dense';
	readonly config: Required<DenseConfig>;
	private readonly cache = new BufferCache<number, { output: Tensor; gradInput: Tensor }>();

	constructor(config: DenseConfig, rng?: Random, init: Initialiser = 'he', name = 'dense') {
		const c = { inputs: config.inputs, outputs: config.outputs, bias: config.bias ?? true };
		checkWhole(`dense ${name}: inputs`, c.inputs, 1);
		checkWhole(`dense ${name}: outputs`, c.outputs, 1);
		const plan = {
			shape: [c.outputs, c.inputs],
			fanIn: c.inputs,
			fanOut: c.outputs,
			biases: c.bias ? c.outputs : 0
		};
		super(name, plan, init, rng);
		this.config = c;
	}

	outputShape(inputShape: Shape): Shape {
		if (inputShape.length !== 1) {
			throw new ShapeError(
				`dense ${this.name} expects ${this.config.inputs} features per example, got ${shapeString(inputShape)}: put a Flatten before it`
			);
		}
		if (inputShape[0] !== this.config.inputs) {
			throw new ShapeError(
				`dense ${this.name} expects ${this.config.inputs} features per example, got ${shapeString(inputShape)}: set inputs to ${inputShape[0]}, or change the layers before it`
			);
		}
		return [this.config.outputs];
	}

	private buffers(batch: number): { output: Tensor; gradInput: Tensor } {
		return this.cache.get(batch, () => ({
			output: tensorOf([batch, this.config.outputs]),
			gradInput: tensorOf([batch, this.config.inputs])
		}));
	}

	forward(x: Tensor, training: boolean): Tensor {
		if (x.shape.length !== 2 || x.shape[1] !== this.config.inputs) {
			throw new ShapeError(
				`dense ${this.name} expects [batch, ${this.config.inputs}], got ${shapeString(x.shape)}: put a Flatten before it, or set inputs to match`
			);
		}
		const batch = x.shape[0];
		const b = this.buffers(batch);
		const { inputs, outputs } = this.config;
		denseForward(
			x.data,
			this.weights.value.data,
			this.biasValues(),
			b.output.data,
			batch,
			inputs,
			outputs
		);
		this.record(x, b.output, training);
		return b.output;
	}

	backward(gradOutput: Tensor, needInputGradient = true): Tensor {
		const { input } = this.requireForward(gradOutput);
		const batch = input.shape[0];
		const b = this.buffers(batch);
		const grads = this.gradientTargets();
		denseBackward(
			input.data,
			this.weights.value.data,
			gradOutput.data,
			grads.weights,
			grads.bias,
			needInputGradient ? b.gradInput.data : null,
			batch,
			this.config.inputs,
			this.config.outputs
		);
		return b.gradInput;
	}

	protected override settings(): LayerJSON['config'] {
		return { ...this.config };
	}
}
