/** Element-wise activations with their own fast kernel. */
import { fastKernels } from './wasm/module';
import { reluBackwardWasm, reluForwardWasm } from './wasm/pointwise';

/** ReLU: output = max(0, input), over the first `count` values. `reluForward(x, y, x.length)` */
export function reluForward(input: Float32Array, output: Float32Array, count: number): void {
	const fast = fastKernels();
	if (fast) {
		reluForwardWasm(fast, input, output, count);
		return;
	}
	for (let i = 0; i < count; i++) {
		const v = input[i];
		output[i] = v > 0 ? v : v !== v ? v : 0;
	}
}

/**
 * ReLU backward from the output: the gradient passes where the output is positive.
 * `reluBackward(y, gradY, gradX, y.length)`
 */
export function reluBackward(
	output: Float32Array,
	gradOutput: Float32Array,
	gradInput: Float32Array,
	count: number
): void {
	const fast = fastKernels();
	if (fast) {
		reluBackwardWasm(fast, output, gradOutput, gradInput, count);
		return;
	}
	for (let i = 0; i < count; i++) gradInput[i] = output[i] > 0 ? gradOutput[i] : 0;
}
