/** ReLU and 2 x 2 max pooling with the WebAssembly kernels (assembly/pointwise.ts). */
import type { MaxPoolKernel } from '../pool';
import { copyIn, copyOut, type FastKernel, intOperands, layOut, type WasmKernels } from './module';

/** The same contract as reluForward (kernels/activation.ts), in place in the module's memory. */
export function reluForwardWasm(
	k: WasmKernels,
	input: Float32Array,
	output: Float32Array,
	count: number
): void {
	const { heap, at } = layOut(k, { x: count });
	copyIn(heap, at.x, input, count);
	k.reluForward(at.x * 4, at.x * 4, count);
	copyOut(heap, at.x, output, count);
}

/** The same contract as reluBackward (kernels/activation.ts). */
export function reluBackwardWasm(
	k: WasmKernels,
	output: Float32Array,
	gradOutput: Float32Array,
	gradInput: Float32Array,
	count: number
): void {
	const { heap, at } = layOut(k, { y: count, dy: count });
	copyIn(heap, at.y, output, count);
	copyIn(heap, at.dy, gradOutput, count);
	k.reluBackward(at.y * 4, at.dy * 4, at.dy * 4, count);
	copyOut(heap, at.dy, gradInput, count);
}

/**
 * 2 x 2 max pooling, windows side by side, over `planes` planes: the contract of maxPoolForward
 * (kernels/pool.ts) for that case.
 */
export const maxPool2x2Wasm: FastKernel<MaxPoolKernel> = (k, input, planes, g, output, winners) => {
	const { height, width, outHeight, outWidth } = g;
	const inputs = planes * height * width;
	const count = planes * outHeight * outWidth;
	const { heap, at } = layOut(k, { x: inputs, y: count, w: count });
	copyIn(heap, at.x, input, inputs);
	k.maxPool2x2(at.x * 4, planes, height, width, outHeight, outWidth, at.y * 4, at.w * 4);
	copyOut(heap, at.y, output, count);
	copyOut(intOperands(), at.w, winners, count);
};

/** The same contract as maxPoolBackward (kernels/pool.ts). */
export function maxPoolBackwardWasm(
	k: WasmKernels,
	gradOutput: Float32Array,
	winners: Int32Array,
	count: number,
	gradInput: Float32Array
): void {
	const inputs = gradInput.length;
	const { heap, at } = layOut(k, { dy: count, w: count, dx: inputs });
	copyIn(heap, at.dy, gradOutput, count);
	copyIn(intOperands(), at.w, winners, count);
	k.maxPoolBackward(at.dy * 4, at.w * 4, count, at.dx * 4, inputs);
	copyOut(heap, at.dx, gradInput, inputs);
}
