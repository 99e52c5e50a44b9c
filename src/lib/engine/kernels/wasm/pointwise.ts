/** ReLU and 2 x 2 max pooling with the WebAssembly kernels (assembly/pointwise.ts). */
import {
	after,
	copyIn,
	copyOut,
	FIRST_OPERAND,
	intOperands,
	operands,
	type WasmKernels
} from './module';

/** The same contract as reluForward (kernels/activation.ts), in place in the module's memory. */
export function reluForwardWasm(
	k: WasmKernels,
	input: Float32Array,
	output: Float32Array,
	count: number
): void {
	const x = FIRST_OPERAND;
	const heap = operands(k, count);
	copyIn(heap, x, input, count);
	k.reluForward(x * 4, x * 4, count);
	copyOut(heap, x, output, count);
}

/** The same contract as reluBackward (kernels/activation.ts). */
export function reluBackwardWasm(
	k: WasmKernels,
	output: Float32Array,
	gradOutput: Float32Array,
	gradInput: Float32Array,
	count: number
): void {
	const y = FIRST_OPERAND;
	const dy = after(y, count);
	const heap = operands(k, after(dy, count) - FIRST_OPERAND);
	copyIn(heap, y, output, count);
	copyIn(heap, dy, gradOutput, count);
	k.reluBackward(y * 4, dy * 4, dy * 4, count);
	copyOut(heap, dy, gradInput, count);
}

/**
 * 2 x 2 max pooling, windows side by side, over `planes` planes: the contract of maxPoolForward
 * (kernels/pool.ts) for that case.
 */
export function maxPool2x2Wasm(
	k: WasmKernels,
	input: Float32Array,
	planes: number,
	height: number,
	width: number,
	outHeight: number,
	outWidth: number,
	output: Float32Array,
	winners: Int32Array
): void {
	const inputs = planes * height * width;
	const count = planes * outHeight * outWidth;
	const x = FIRST_OPERAND;
	const y = after(x, inputs);
	const w = after(y, count);
	const heap = operands(k, after(w, count) - FIRST_OPERAND);
	copyIn(heap, x, input, inputs);
	k.maxPool2x2(x * 4, planes, height, width, outHeight, outWidth, y * 4, w * 4);
	copyOut(heap, y, output, count);
	copyOut(intOperands(), w, winners, count);
}

/** The same contract as maxPoolBackward (kernels/pool.ts). */
export function maxPoolBackwardWasm(
	k: WasmKernels,
	gradOutput: Float32Array,
	winners: Int32Array,
	count: number,
	gradInput: Float32Array
): void {
	const inputs = gradInput.length;
	const dy = FIRST_OPERAND;
	const w = after(dy, count);
	const dx = after(w, count);
	const heap = operands(k, after(dx, inputs) - FIRST_OPERAND);
	copyIn(heap, dy, gradOutput, count);
	copyIn(intOperands(), w, winners, count);
	k.maxPoolBackward(dy * 4, w * 4, count, dx * 4, inputs);
	copyOut(heap, dx, gradInput, inputs);
}
