/** Dense (fully connected) layers over a batch. */
import { gemmNT } from './gemm';
import { accumulateRows, nonZeroList } from './sparse';
import { denseBackwardWasm, denseForwardWasm } from './wasm/dense';
import { withFastPath } from './wasm/module';

/** The sizes of a dense layer over a batch: `batch` examples of `inputs` values, `outputs` values each. */
export interface DenseSizes {
	batch: number;
	inputs: number;
	outputs: number;
}

/** Where denseBackward writes each gradient (overwritten), or null where one is not wanted. */
export interface DenseGradientTargets {
	weights: Float32Array | null;
	bias: Float32Array | null;
	input: Float32Array | null;
}

/**
 * Dense forward: output[B,out] = input[B,in] · W[out,in]ᵀ + bias.
 * `denseForward(x, w, b, y, { batch: 32, inputs: 400, outputs: 120 })`
 */
export const denseForward = withFastPath(denseForwardWasm, denseForwardJs);

function denseForwardJs(
	input: Float32Array,
	weights: Float32Array,
	bias: Float32Array | null,
	output: Float32Array,
	{ batch, inputs, outputs }: DenseSizes
): void {
	gemmNT(input, 0, inputs, weights, 0, inputs, output, 0, outputs, 1, batch, inputs, outputs);
	if (bias) {
		for (let n = 0; n < batch; n++) {
			const row = n * outputs;
			for (let o = 0; o < outputs; o++) output[row + o] += bias[o];
		}
	}
}

/**
 * Dense backward: gradW = gradOutᵀ · input, gradBias = column sums of gradOut, gradInput = gradOut · W,
 * each into its target when there is one. Zero gradients (after ReLU, about half) are skipped.
 * `denseBackward(x, w, gy, { weights: gw, bias: gb, input: gx }, { batch: 32, inputs: 400, outputs: 120 })`
 */
export const denseBackward = withFastPath(denseBackwardWasm, denseBackwardJs);

function denseBackwardJs(
	input: Float32Array,
	weights: Float32Array,
	gradOutput: Float32Array,
	{ weights: gradWeights, bias: gradBias, input: gradInput }: DenseGradientTargets,
	{ batch, inputs, outputs }: DenseSizes
): void {
	const nz = nonZeroList(Math.max(batch, outputs));
	if (gradWeights) gradWeights.fill(0);
	if (gradBias) gradBias.fill(0);
	if (gradWeights || gradBias) {
		// gradWeights[o] = Σ_n grad[n, o] · input[n], over the examples where grad[n, o] ≠ 0.
		for (let o = 0; o < outputs; o++) {
			let count = 0;
			let biasSum = 0;
			for (let n = 0; n < batch; n++) {
				const grad = gradOutput[n * outputs + o];
				if (grad === 0) continue;
				biasSum += grad;
				nz.index[count] = n;
				nz.value[count] = grad;
				count++;
			}
			if (gradBias) gradBias[o] = biasSum;
			if (gradWeights && count > 0)
				accumulateRows(gradWeights, o * inputs, input, 0, inputs, count, inputs);
		}
	}
	if (gradInput) {
		// gradInput[n] = Σ_o grad[n, o] · weights[o], over the outputs where grad[n, o] ≠ 0.
		gradInput.fill(0, 0, batch * inputs);
		for (let n = 0; n < batch; n++) {
			let count = 0;
			for (let o = 0; o < outputs; o++) {
				const grad = gradOutput[n * outputs + o];
				if (grad === 0) continue;
				nz.index[count] = o;
				nz.value[count] = grad;
				count++;
			}
			if (count > 0) accumulateRows(gradInput, n * inputs, weights, 0, inputs, count, inputs);
		}
	}
}
