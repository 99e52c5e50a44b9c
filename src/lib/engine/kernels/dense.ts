/** Dense (fully connected) layers over a batch. */
import { gemmNT } from './gemm';
import { accumulateRows, nonZeroList } from './sparse';
import { denseBackwardWasm, denseForwardWasm } from './wasm/dense';
import { fastKernels } from './wasm/module';

/**
 * Dense forward: output[B,out] = input[B,in] · W[out,in]ᵀ + bias. `denseForward(x, w, b, y, 32, 400, 120)`
 */
export function denseForward(
	input: Float32Array,
	weights: Float32Array,
	bias: Float32Array | null,
	output: Float32Array,
	batch: number,
	inputs: number,
	outputs: number
): void {
	const fast = fastKernels();
	if (fast) {
		denseForwardWasm(fast, input, weights, bias, output, batch, inputs, outputs);
		return;
	}
	gemmNT(input, 0, inputs, weights, 0, inputs, output, 0, outputs, 1, batch, inputs, outputs);
	if (bias) {
		for (let n = 0; n < batch; n++) {
			const row = n * outputs;
			for (let o = 0; o < outputs; o++) output[row + o] += bias[o];
		}
	}
}

/**
 * Dense backward: gradW = gradOutᵀ · input, gradBias = column sums of gradOut (both overwritten),
 * gradInput = gradOut · W (when not null). Zero gradients (after ReLU, about half) are skipped.
 * `denseBackward(x, w, gy, gw, gb, gx, 32, 400, 120)`
 */
export function denseBackward(
	input: Float32Array,
	weights: Float32Array,
	gradOutput: Float32Array,
	gradWeights: Float32Array | null,
	gradBias: Float32Array | null,
	gradInput: Float32Array | null,
	batch: number,
	inputs: number,
	outputs: number
): void {
	const fast = fastKernels();
	if (fast) {
		denseBackwardWasm(
			fast,
			input,
			weights,
			gradOutput,
			gradWeights,
			gradBias,
			gradInput,
			batch,
			inputs,
			outputs
		);
		return;
	}
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
