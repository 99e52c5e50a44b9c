/** Dense (fully connected) layers: the fast kernels of kernels/dense.ts behind the layer contract. */
import { denseBackward, denseForward, type DenseSizes } from '../kernels';
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
		const b = this.buffers(x.shape[0]);
		denseForward(x.data, this.weights.value.data, this.biasValues(), b.output.data, this.sizes(x));
		return this.record(x, b.output, training);
	}

	backward(gradOutput: Tensor, needInputGradient = true): Tensor {
		const { input } = this.requireForward(gradOutput);
		const b = this.buffers(input.shape[0]);
		const targets = {
			...this.gradientTargets(),
			input: needInputGradient ? b.gradInput.data : null
		};
		denseBackward(input.data, this.weights.value.data, gradOutput.data, targets, this.sizes(input));
		return b.gradInput;
	}

	/** The kernels' sizes for a batch `x` of this layer's inputs. */
	private sizes(x: Tensor): DenseSizes {
		return { batch: x.shape[0], inputs: this.config.inputs, outputs: this.config.outputs };
	}

	protected override settings(): LayerJSON['config'] {
		return { ...this.config };
	}
}
