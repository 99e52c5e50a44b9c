/**
 * The fully connected (dense) layer: every output is a weighted sum of every input, plus a bias.
 * output[n, o] = bias[o] + Σ_i input[n, i] · weight[o, i]
 */

import { expectRank, expectShape, ShapeError } from './shape';
import { shapeString, type Tensor } from './tensor';

function checkDense(
	input: Tensor,
	weight: Tensor
): { batch: number; inputs: number; outputs: number } {
	if (input.shape.length !== 2) {
		throw new ShapeError(
			`input has shape ${shapeString(input.shape)} but a dense layer needs [batch, features]: flatten it first`
		);
	}
	expectRank('weight', weight.shape, 2, '[outputs, inputs]');
	const [batch, inputs] = input.shape;
	const [outputs, weightInputs] = weight.shape;
	if (weightInputs !== inputs) {
		throw new ShapeError(
			`weight ${shapeString(weight.shape)} expects ${weightInputs} inputs but the input has ${inputs} features: give the weight shape [${outputs}, ${inputs}]`
		);
	}
	return { batch, inputs, outputs };
}

/**
 * Dense layer: [N, in] times weight [out, in], plus bias [out], gives [N, out].
 * `dense(flattened, weight, bias)`
 */
export function dense(input: Tensor, weight: Tensor, bias: Tensor | null): Tensor {
	const { batch, inputs, outputs } = checkDense(input, weight);
	if (bias !== null) expectShape('bias', bias.shape, [outputs]);
	const out = new Float32Array(batch * outputs);
	for (let n = 0; n < batch; n++) {
		for (let o = 0; o < outputs; o++) {
			let sum = 0;
			for (let i = 0; i < inputs; i++)
				sum += input.data[n * inputs + i] * weight.data[o * inputs + i];
			out[n * outputs + o] = sum + (bias === null ? 0 : bias.data[o]);
		}
	}
	return { shape: [batch, outputs], data: out };
}

/** Gradients of a dense layer. */
export interface DenseGradients {
	gradInput: Tensor;
	gradWeight: Tensor;
	gradBias: Tensor;
}

/**
 * Backward pass of dense: dInput = dOut · W, dWeight = dOutᵀ · input, dBias = Σ_n dOut.
 * `const { gradWeight } = denseBackward(x, w, gradOutput)`
 */
export function denseBackward(input: Tensor, weight: Tensor, gradOutput: Tensor): DenseGradients {
	const { batch, inputs, outputs } = checkDense(input, weight);
	expectShape('gradOutput', gradOutput.shape, [batch, outputs]);
	const gradInput = new Float64Array(batch * inputs);
	const gradWeight = new Float64Array(outputs * inputs);
	const gradBias = new Float64Array(outputs);
	for (let n = 0; n < batch; n++) {
		for (let o = 0; o < outputs; o++) {
			const grad = gradOutput.data[n * outputs + o];
			gradBias[o] += grad;
			for (let i = 0; i < inputs; i++) {
				gradInput[n * inputs + i] += grad * weight.data[o * inputs + i];
				gradWeight[o * inputs + i] += grad * input.data[n * inputs + i];
			}
		}
	}
	return {
		gradInput: { shape: [batch, inputs], data: Float32Array.from(gradInput) },
		gradWeight: { shape: [outputs, inputs], data: Float32Array.from(gradWeight) },
		gradBias: { shape: [outputs], data: Float32Array.from(gradBias) }
	};
}
