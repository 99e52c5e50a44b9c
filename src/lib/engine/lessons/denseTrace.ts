/**
 * A dense layer with its working shown: for each output, the product of every input with its weight,
 * the bias, and the total. The fully connected lesson draws these terms; the output itself comes
 * from `dense`, so what the figure adds up is what the layer computes.
 */

import { dense } from '../dense';
import { ShapeError } from '../shape';
import { shapeString, type Tensor } from '../tensor';

/** The working of one output of a dense layer. */
export interface DenseTraceOutput {
	/** Index of the output (the class, for a last layer). */
	output: number;
	/** input[i] · weight[output, i], for every input i. */
	products: Float32Array;
	/** Σ of the products, before the bias. */
	weightedSum: number;
	bias: number;
	/** weightedSum + bias: the output's score, as `dense` computes it. */
	score: number;
}

/** A dense layer's output with the working of every output. */
export interface DenseTrace {
	/** [1, outputs], from `dense`. */
	output: Tensor;
	outputs: DenseTraceOutput[];
}

/**
 * Dense layer on one example [1, in], with every output's products, sum and bias.
 * `denseTraced(vector, weight, bias).outputs[3].products[0]` is vector[0] · weight[3, 0].
 */
export function denseTraced(input: Tensor, weight: Tensor, bias: Tensor | null): DenseTrace {
	if (input.shape.length !== 2 || input.shape[0] !== 1) {
		throw new ShapeError(
			`input has shape ${shapeString(input.shape)} but the traced dense layer takes one example [1, features]: flatten it and pass one example`
		);
	}
	const output = dense(input, weight, bias);
	const [outputCount, inputCount] = weight.shape;
	const outputs: DenseTraceOutput[] = [];
	for (let o = 0; o < outputCount; o++) {
		const products = new Float32Array(inputCount);
		let weightedSum = 0;
		for (let i = 0; i < inputCount; i++) {
			products[i] = input.data[i] * weight.data[o * inputCount + i];
			weightedSum += products[i];
		}
		const b = bias === null ? 0 : bias.data[o];
		outputs.push({ output: o, products, weightedSum, bias: b, score: output.data[o] });
	}
	return { output, outputs };
}

/**
 * Number of learned numbers of a dense layer: one weight per input per output, plus one bias per output.
 * `denseParameterCount(400, 120) === 48120`
 */
export function denseParameterCount(inputs: number, outputs: number, bias = true): number {
	for (const [name, value] of [
		['inputs', inputs],
		['outputs', outputs]
	] as const) {
		if (!Number.isInteger(value) || value < 1) {
			throw new ShapeError(`${name} ${value} is not possible: use a whole number >= 1`);
		}
	}
	return inputs * outputs + (bias ? outputs : 0);
}
