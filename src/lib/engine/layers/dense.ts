/** Dense (fully connected) layers: the fast kernels of kernels/dense.ts behind the layer contract. */
import { denseBackward, denseForward } from '../kernels';
import type { Random } from '../random';
import { ShapeError } from '../shape';
import { type Shape, type Tensor, shapeString } from '../tensor';
import {
	BaseLayer,
	BufferCache,
	checkWhole,
	type Initialiser,
	initialise,
	type Layer,
	type LayerJSON,
	makeParameter,
	type Parameter,
	tensorOf
} from './base';

export interface DenseConfig {
	inputs: number;
	outputs: number;
	bias?: boolean;
}

/**
 * Fully connected layer: output = input · Wᵀ + bias, weights [outputs, inputs].
 * `new Dense({ inputs: 400, outputs: 120 }, createRandom(1))`
 */
export class Dense extends BaseLayer implements Layer {
	readonly kind = 'dense';
	readonly config: Required<DenseConfig>;
	readonly weights: Parameter;
	readonly bias: Parameter | null;
	private readonly cache = new BufferCache<number, { output: Tensor; gradInput: Tensor }>();
	private lastBatch = 0;

	constructor(config: DenseConfig, rng?: Random, init: Initialiser = 'he', name = 'dense') {
		super(name);
		this.config = { inputs: config.inputs, outputs: config.outputs, bias: config.bias ?? true };
		checkWhole(`dense ${name}: inputs`, this.config.inputs, 1);
		checkWhole(`dense ${name}: outputs`, this.config.outputs, 1);
		this.weights = makeParameter('weights', [this.config.outputs, this.config.inputs]);
		initialise(
			this.weights.value.data,
			this.weights.value.shape,
			init,
			this.config.inputs,
			this.config.outputs,
			rng
		);
		this.bias = this.config.bias ? makeParameter('bias', [this.config.outputs]) : null;
		this.params = this.bias ? [this.weights, this.bias] : [this.weights];
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
			this.bias ? this.bias.value.data : null,
			b.output.data,
			batch,
			inputs,
			outputs
		);
		this.record(x, b.output, training);
		this.lastBatch = batch;
		return b.output;
	}

	backward(gradOutput: Tensor, needInputGradient = true): Tensor {
		const { input } = this.requireForward(gradOutput);
		const b = this.buffers(this.lastBatch);
		const trainable = !this.frozen;
		denseBackward(
			input.data,
			this.weights.value.data,
			gradOutput.data,
			trainable ? this.weights.grad.data : null,
			trainable && this.bias ? this.bias.grad.data : null,
			needInputGradient ? b.gradInput.data : null,
			this.lastBatch,
			this.config.inputs,
			this.config.outputs
		);
		return b.gradInput;
	}

	protected override settings(): LayerJSON['config'] {
		return { ...this.config };
	}
}
