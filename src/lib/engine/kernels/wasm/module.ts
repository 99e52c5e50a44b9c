/**
 * The WebAssembly SIMD kernels (source in assembly/, built by scripts/build-wasm.ts): the feature test,
 * loading, and the module's memory, where the kernels' operands are laid out for each call.
 *
 * The fast path is opt-in and asynchronous: `await loadFastKernels()` (the training workers, the bench)
 * compiles the module off the main thread's critical path; until then, or where WebAssembly SIMD is
 * missing, the kernels run in plain JavaScript and give the same numbers (within float rounding).
 */
import { kernelsWasm } from './bytes.generated';

/** What the module exports: pointers are byte offsets into `memory`, sizes count floats. */
export interface WasmKernels {
	memory: WebAssembly.Memory;
	/** C (+)= A · B, A's element (i, p) at i * rsa + p * csa (A may be read transposed): assembly/gemm.ts. */
	gemmNN(a: number, rsa: number, csa: number, ...rest: GemmOperands): void;
	/** C (+)= A · Bᵀ, A m x k (row stride lda) and B n x k, both row-major: see assembly/gemm.ts. */
	gemmNT(a: number, lda: number, ...rest: GemmOperands): void;
	/** im2col(input, ...window, col) and col2im(col, ...window, gradInput): see assembly/window.ts. */
	im2col: WindowKernel;
	col2im: WindowKernel;
	addRowBias(c: number, rows: number, period: number, length: number, bias: number): void;
	addColumnBias(c: number, rows: number, length: number, bias: number): void;
	/** out[r % period] += the sum of row r of c: the adjoint of addRowBias (a convolution's bias gradient). */
	rowBiasGradient(c: number, rows: number, period: number, length: number, out: number): void;
	/** ReLU forward and backward, see assembly/pointwise.ts (may run in place). */
	reluForward(x: number, y: number, count: number): void;
	reluBackward(y: number, gradY: number, gradX: number, count: number): void;
	/** 2 x 2 max pooling with its winners (flat indices from x), and its backward. */
	maxPool2x2(
		x: number,
		planes: number,
		height: number,
		width: number,
		outHeight: number,
		outWidth: number,
		y: number,
		winners: number
	): void;
	maxPoolBackward(
		gradY: number,
		winners: number,
		count: number,
		gradX: number,
		inputs: number
	): void;
	/** Stride-1 convolution without window rows: see assembly/direct.ts and assembly/planes.ts. */
	padPlanes: PlaneKernel;
	cropPlanes: PlaneKernel;
	narrowRows(
		wide: number,
		ldw: number,
		wp: number,
		rows: number,
		oh: number,
		ow: number,
		out: number,
		bias: number,
		period: number
	): void;
	widenRows(
		out: number,
		rows: number,
		oh: number,
		ow: number,
		wide: number,
		ldw: number,
		wp: number
	): void;
	gemmTaps(
		a: number,
		rsa: number,
		csa: number,
		b: number,
		taps: number,
		c: number,
		ldc: number,
		m: number,
		k: number,
		n: number
	): void;
	gemmTapsNT(
		a: number,
		taps: number,
		b: number,
		ldb: number,
		c: number,
		cRow: number,
		cCol: number,
		m: number,
		k: number,
		n: number,
		accumulate: number
	): void;
	addAtTaps(rows: number, ldr: number, taps: number, k: number, n: number, out: number): void;
	/** 1 when every one of `count` floats at `x` is finite, else 0. */
	allFinite(x: number, count: number): number;
	/** SGD's update of `count` weights (v 0: no velocity), see assembly/update.ts. */
	sgdUpdate(
		w: number,
		g: number,
		v: number,
		count: number,
		lr: number,
		mu: number,
		decay: number
	): void;
}

/**
 * What both matrix products take after A: B and its row stride, C (m x n) and its row stride, the sizes,
 * and `accumulate` (0 overwrites C, 1 adds to it).
 */
type GemmOperands = [
	b: number,
	ldb: number,
	c: number,
	ldc: number,
	m: number,
	k: number,
	n: number,
	accumulate: number
];

/** padPlanes(from, channels, height, width, padTop, padLeft, hp, wp, to), and cropPlanes its adjoint. */
type PlaneKernel = (
	from: number,
	channels: number,
	height: number,
	width: number,
	padTop: number,
	padLeft: number,
	paddedHeight: number,
	paddedWidth: number,
	to: number
) => void;

type WindowKernel = (
	from: number,
	channels: number,
	height: number,
	width: number,
	kernelHeight: number,
	kernelWidth: number,
	strideY: number,
	strideX: number,
	padTop: number,
	padLeft: number,
	dilationY: number,
	dilationX: number,
	outHeight: number,
	outWidth: number,
	to: number
) => void;

/** A module whose one function uses v128 instructions: it validates only where WebAssembly SIMD does. */
const SIMD_PROBE = Uint8Array.of(
	0,
	97,
	115,
	109,
	1,
	0,
	0,
	0,
	1,
	5,
	1,
	96,
	0,
	1,
	123,
	3,
	2,
	1,
	0,
	10,
	10,
	1,
	8,
	0,
	65,
	0,
	253,
	15,
	253,
	98,
	11
);

/**
 * Whether this JavaScript engine runs WebAssembly SIMD (a feature test, not a guess from the browser's
 * name). `if (simdSupported()) await loadFastKernels()`
 */
export function simdSupported(): boolean {
	return typeof WebAssembly === 'object' && WebAssembly.validate(SIMD_PROBE);
}

let loaded: WasmKernels | null = null;
let enabled = true;
let loading: Promise<boolean> | null = null;

/**
 * Compiles and starts the WebAssembly kernels; resolves to whether the fast path is now on (false where
 * SIMD is missing: the JavaScript kernels then carry on). `await loadFastKernels()`
 */
export function loadFastKernels(): Promise<boolean> {
	loading ??= (async () => {
		if (!simdSupported()) return false;
		const bytes = Uint8Array.from(atob(kernelsWasm), (c) => c.charCodeAt(0));
		const { instance } = await WebAssembly.instantiate(bytes);
		loaded = instance.exports as unknown as WasmKernels;
		return true;
	})();
	return loading;
}

/**
 * Turns the fast path off (false) or back on (true, once loaded): tests and the bench run both paths.
 * `useFastKernels(false)`
 */
export function useFastKernels(on: boolean): void {
	enabled = on;
}

/** The loaded kernels when the fast path is on, else null. */
export function fastKernels(): WasmKernels | null {
	return enabled ? loaded : null;
}

/** The loaded kernels even while the fast path is off (a backward after a fast forward), else null. */
export function loadedKernels(): WasmKernels | null {
	return loaded;
}

/**
 * A kernel run by its WebAssembly implementation when the fast path is on, else by its JavaScript one;
 * both take the same arguments (the WebAssembly one gets the module first) and give the same numbers.
 * The one place where a kernel chooses its path. `export const reluForward = withFastPath(reluForwardWasm, reluForwardJs)`
 */
export function withFastPath<Args extends unknown[]>(
	wasm: (k: WasmKernels, ...args: Args) => void,
	js: (...args: Args) => void
): (...args: Args) => void {
	return (...args) => {
		const k = fastKernels();
		if (k) wasm(k, ...args);
		else js(...args);
	};
}

/** The WebAssembly implementation of a kernel whose JavaScript signature is `Kernel`. */
export type FastKernel<Kernel extends (...args: never[]) => void> = (
	k: WasmKernels,
	...args: Parameters<Kernel>
) => void;

/** Which kernels run now: 'wasm-simd' or 'js'. */
export function kernelBackend(): 'wasm-simd' | 'js' {
	return fastKernels() ? 'wasm-simd' : 'js';
}

/** The first page stays for the module's own statics; operands start after it. */
const BASE_FLOATS = 16384;
let view = new Float32Array(0);
let intView = new Int32Array(0);

/**
 * A view of the module's memory with room for `floats` floats of operands from float offset BASE_FLOATS
 * on. The memory grows only when a larger problem than any before comes (the first batches), never in
 * steady state. `const heap = operands(k, 1000)`
 */
export function operands(k: WasmKernels, floats: number): Float32Array {
	const bytes = (BASE_FLOATS + floats) * 4;
	const memory = k.memory;
	if (memory.buffer.byteLength < bytes) {
		memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536));
	}
	if (view.buffer !== memory.buffer) {
		view = new Float32Array(memory.buffer);
		intView = new Int32Array(memory.buffer);
	}
	return view;
}

/** The same memory as whole numbers (pooling winners); valid after `operands` made room. */
export function intOperands(): Int32Array {
	return intView;
}

/** Copies the first `length` values of `source` into the heap at (float) offset `at`. */
export function copyIn<T extends Float32Array | Int32Array>(
	heap: T,
	at: number,
	source: T,
	length: number
): void {
	heap.set(source.length === length ? source : source.subarray(0, length), at);
}

/** Copies `length` values of the heap from (float) offset `at` into the start of `target`. */
export function copyOut<T extends Float32Array | Int32Array>(
	heap: T,
	at: number,
	target: T,
	length: number
): void {
	target.set(heap.subarray(at, at + length));
}

/** Where operands start in the module's memory (float offset). */
export const FIRST_OPERAND = BASE_FLOATS;

/**
 * Lays a call's operands out one after the other in the module's memory, from FIRST_OPERAND on, each
 * 16-byte aligned for v128 loads, and makes room for them: the (float) offset of each, in the order
 * given, and the heap. `const { heap, at } = layOut(k, { x: batch * inputs, y: batch * outputs })`
 */
export function layOut<Name extends string>(
	k: WasmKernels,
	lengths: Record<Name, number>
): { heap: Float32Array; at: Record<Name, number> } {
	const at = {} as Record<Name, number>;
	let end = FIRST_OPERAND;
	for (const name of Object.keys(lengths) as Name[]) {
		at[name] = end;
		end = after(end, lengths[name]);
	}
	return { heap: operands(k, end - FIRST_OPERAND), at };
}

/** The float offset after an operand of `length` floats at `at`, kept 16-byte aligned for v128 loads. */
export function after(at: number, length: number): number {
	return at + ((length + 3) & ~3);
}
