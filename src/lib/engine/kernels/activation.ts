/** Element-wise activations with their own fast kernel. */
import { withFastPath } from './wasm/module';
import { reluBackwardWasm, reluForwardWasm } from './wasm/pointwise';

/** ReLU: output = max(0, input), over the first `count` values. `reluForward(x, y, x.length)` */
export const reluForward = withFastPath(reluForwardWasm, reluForwardJs);

function reluForwardJs(input: Float32Array, output: Float32Array, count: number): void {
	for (let i = 0; i < count; i++) {
		const v = input[i];
		output[i] = v > 0 ? v : v !== v ? v : 0;
	}
}

/**
 * ReLU backward from the output: the gradient passes where the output is positive.
 * `reluBackward(y, gradY, gradX, y.length)`
 */
export const reluBackward = withFastPath(reluBackwardWasm, reluBackwardJs);

function reluBackwardJs(
	output: Float32Array,
	gradOutput: Float32Array,
	gradInput: Float32Array,
	count: number
): void {
	for (let i = 0; i < count; i++) gradInput[i] = output[i] > 0 ? gradOutput[i] : 0;
}
