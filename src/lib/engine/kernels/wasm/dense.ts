/** Dense layers over a batch with the WebAssembly matrix products. */
import type { DenseGradientTargets, DenseSizes } from '../dense';
import { copyIn, layOut, type WasmKernels } from './module';

/** The same contract as denseForward (kernels/dense.ts): output = input · Wᵀ + bias. */
export function denseForwardWasm(
	k: WasmKernels,
	input: Float32Array,
	weights: Float32Array,
	bias: Float32Array | null,
	output: Float32Array,
	sizes: DenseSizes
): void {
	const { batch, inputs, outputs } = sizes;
	const { heap, at } = layOut(k, {
		w: weights.length,
		b: outputs,
		x: batch * inputs,
		y: batch * outputs
	});
	const { w, b, x, y } = at;
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
 * sums of gradOut, gradInput = gradOut · W, each into its target when there is one.
 */
export function denseBackwardWasm(
	k: WasmKernels,
	input: Float32Array,
	weights: Float32Array,
	gradOutput: Float32Array,
	targets: DenseGradientTargets,
	{ batch, inputs, outputs }: DenseSizes
): void {
	const { heap, at } = layOut(k, {
		w: weights.length,
		x: batch * inputs,
		dy: batch * outputs,
		dw: weights.length,
		dx: batch * inputs
	});
	const { w, x, dy, dw, dx } = at;
	copyIn(heap, dy, gradOutput, batch * outputs);
	if (targets.weights) {
		copyIn(heap, x, input, batch * inputs);
		// gradW[o, i] = Σ_n gradOut[n, o] · input[n, i]: gradOut read transposed.
		k.gemmNN(dy * 4, 1, outputs, x * 4, inputs, dw * 4, inputs, outputs, batch, inputs, 0);
		targets.weights.set(heap.subarray(dw, dw + weights.length));
	}
	if (targets.input) {
		heap.set(weights, w);
		k.gemmNN(dy * 4, outputs, 1, w * 4, inputs, dx * 4, inputs, batch, outputs, inputs, 0);
		targets.input.set(heap.subarray(dx, dx + batch * inputs), 0);
	}
	if (targets.bias) {
		const gradBias = targets.bias;
		gradBias.fill(0);
		for (let n = 0; n < batch; n++) {
			for (let o = 0; o < outputs; o++) gradBias[o] += gradOutput[n * outputs + o];
		}
	}
}
