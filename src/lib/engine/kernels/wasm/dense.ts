/** Dense layers over a batch with the WebAssembly matrix products. */
import { after, copyIn, FIRST_OPERAND, operands, type WasmKernels } from './module';

/** The same contract as denseForward (kernels/dense.ts): output = input · Wᵀ + bias. */
export function denseForwardWasm(
	k: WasmKernels,
	input: Float32Array,
	weights: Float32Array,
	bias: Float32Array | null,
	output: Float32Array,
	batch: number,
	inputs: number,
	outputs: number
): void {
	const w = FIRST_OPERAND;
	const b = after(w, weights.length);
	const x = after(b, outputs);
	const y = after(x, batch * inputs);
	const heap = operands(k, after(y, batch * outputs) - FIRST_OPERAND);
	heap.set(weights, w);
	copyIn(heap, x, input, batch * inputs);
	k.gemmNT(x * 4, inputs, w * 4, inputs, y * 4, outputs, batch, inputs, outputs, 0);
	if (bias) {
		heap.set(bias, b);
		k.addColumnBias(y * 4, batch, outputs, b * 4);
	}
	output.set(heap.subarray(y, y + batch * outputs));
}

/**
 * The same contract as denseBackward (kernels/dense.ts): gradW = gradOutᵀ · input, gradBias = column
 * sums of gradOut (both overwritten), gradInput = gradOut · W (when not null).
 */
export function denseBackwardWasm(
	k: WasmKernels,
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
	const w = FIRST_OPERAND;
	const x = after(w, weights.length);
	const dy = after(x, batch * inputs);
	const dw = after(dy, batch * outputs);
	const dx = after(dw, weights.length);
	const heap = operands(k, after(dx, batch * inputs) - FIRST_OPERAND);
	copyIn(heap, dy, gradOutput, batch * outputs);
	if (gradWeights) {
		copyIn(heap, x, input, batch * inputs);
		// gradW[o, i] = Σ_n gradOut[n, o] · input[n, i]: gradOut read transposed.
		k.gemmNN(dy * 4, 1, outputs, x * 4, inputs, dw * 4, inputs, outputs, batch, inputs, 0);
		gradWeights.set(heap.subarray(dw, dw + weights.length));
	}
	if (gradInput) {
		heap.set(weights, w);
		k.gemmNN(dy * 4, outputs, 1, w * 4, inputs, dx * 4, inputs, batch, outputs, inputs, 0);
		gradInput.set(heap.subarray(dx, dx + batch * inputs), 0);
	}
	if (gradBias) {
		gradBias.fill(0);
		for (let n = 0; n < batch; n++) {
			for (let o = 0; o < outputs; o++) gradBias[o] += gradOutput[n * outputs + o];
		}
	}
}
