/**
 * What each fast kernel reaches on LeNet-5's shapes (batch 32), in GFLOP/s (two operations per
 * multiply-add), next to the machine's ceiling measured in the same run: our WebAssembly SIMD matrix
 * product on a square problem that fits in cache, where nothing but arithmetic limits it. A kernel's
 * figure includes its copies in and out of the WebAssembly memory and its window rows (im2col, or for a
 * stride-1 convolution the padding and the columns past each output row's edge), which is what training
 * pays.
 */
import {
	type ConvGeometry,
	convBackward,
	convForward,
	denseBackward,
	denseForward,
	gemmNT,
	useFastKernels
} from '../../src/lib/engine/kernels';
import { fastKernels } from '../../src/lib/engine/kernels/wasm/module';
import { operands, FIRST_OPERAND } from '../../src/lib/engine/kernels/wasm/module';
import { clock } from './common';

export interface KernelFigure {
	kernel: string;
	gflops_wasm: number;
	gflops_js: number;
}

/** Calls `run` for about `seconds` (at least 5 times) and returns the calls per second. */
function rate(run: () => void, seconds = 0.4): number {
	for (let i = 0; i < 3; i++) run();
	let calls = 0;
	const start = clock();
	do {
		run();
		calls++;
	} while (calls < 5 || clock() - start < seconds * 1000);
	return calls / ((clock() - start) / 1000);
}

function conv(channels: number, size: number, outChannels: number, padding: number): ConvGeometry {
	const out = size + 2 * padding - 4;
	return {
		channels,
		height: size,
		width: size,
		kernelHeight: 5,
		kernelWidth: 5,
		strideY: 1,
		strideX: 1,
		padTop: padding,
		padLeft: padding,
		dilationY: 1,
		dilationX: 1,
		outHeight: out,
		outWidth: out,
		outChannels,
		groups: 1
	};
}

const random = (n: number) => Float32Array.from({ length: n }, () => Math.random() - 0.5);

/** The kernels behind a LeNet-5 training step, each timed on both paths. */
export function kernelFigures(batch = 32): KernelFigure[] {
	const figures: KernelFigure[] = [];
	const both = (kernel: string, flops: number, make: () => () => void) => {
		const measure = (fast: boolean) => {
			useFastKernels(fast);
			return (rate(make()) * flops) / 1e9;
		};
		figures.push({ kernel, gflops_wasm: measure(true), gflops_js: measure(false) });
		useFastKernels(true);
	};
	for (const [name, g] of [
		['conv1 5x5, 1 -> 6, 28x28', conv(1, 28, 6, 2)],
		['conv2 5x5, 6 -> 16, 14x14', conv(6, 14, 16, 0)]
	] as const) {
		const macs = batch * g.outChannels * g.outHeight * g.outWidth * g.channels * 25;
		const x = random(batch * g.channels * g.height * g.width);
		const w = random(g.outChannels * g.channels * 25);
		const b = random(g.outChannels);
		const y = new Float32Array(batch * g.outChannels * g.outHeight * g.outWidth);
		const rows = () => new Float32Array(batch * g.outHeight * g.outWidth * g.channels * 25);
		const gy = random(y.length);
		const gw = new Float32Array(w.length);
		const gb = new Float32Array(b.length);
		const gx = new Float32Array(x.length);
		const scratch = new Float32Array(g.outHeight * g.outWidth * g.channels * 25);
		const active = new Uint8Array(g.outHeight * g.outWidth);
		both(`${name}: forward`, 2 * macs, () => {
			const r = rows();
			return () => convForward(x, batch, w, b, g, fastKernels() ? null : r, y, true);
		});
		both(`${name}: weight gradient`, 2 * macs, () => {
			const r = rows();
			const fast = fastKernels() !== null;
			if (!fast) convForward(x, batch, w, b, g, r, y, true);
			return () => convBackward(x, batch, w, g, fast ? null : r, gy, gw, gb, null, scratch, active);
		});
		both(`${name}: input gradient`, 2 * macs, () => {
			const r = rows();
			const fast = fastKernels() !== null;
			if (!fast) convForward(x, batch, w, b, g, r, y, true);
			return () =>
				convBackward(x, batch, w, g, fast ? null : r, gy, null, null, gx, scratch, active);
		});
	}
	for (const [inputs, outputs] of [
		[400, 120],
		[120, 84]
	]) {
		const macs = batch * inputs * outputs;
		const x = random(batch * inputs);
		const w = random(inputs * outputs);
		const b = random(outputs);
		const y = new Float32Array(batch * outputs);
		const gy = random(batch * outputs);
		const gw = new Float32Array(w.length);
		const gb = new Float32Array(outputs);
		const gx = new Float32Array(x.length);
		both(
			`dense ${inputs} -> ${outputs}: forward`,
			2 * macs,
			() => () => denseForward(x, w, b, y, { batch, inputs, outputs })
		);
		both(
			`dense ${inputs} -> ${outputs}: backward (both gradients)`,
			4 * macs,
			() => () =>
				denseBackward(x, w, gy, { weights: gw, bias: gb, input: gx }, { batch, inputs, outputs })
		);
	}
	return figures;
}

/**
 * The machine's ceiling for our kernels: the WebAssembly SIMD product C = A · B on 128 x 128 x 128
 * (cache-resident, no copies), and the plain JavaScript blocked product on the same problem.
 */
export function gemmCeiling(): { gflops_wasm: number; gflops_js: number } {
	const n = 128;
	const flops = 2 * n * n * n;
	const k = fastKernels();
	let wasm = 0;
	if (k) {
		const heap = operands(k, 3 * n * n);
		heap.set(random(2 * n * n), FIRST_OPERAND);
		const a = FIRST_OPERAND * 4;
		const b = a + n * n * 4;
		const c = b + n * n * 4;
		wasm = (rate(() => k.gemmNN(a, n, 1, b, n, c, n, n, n, n, 0)) * flops) / 1e9;
	}
	const a = random(n * n);
	const b = random(n * n);
	const c = new Float32Array(n * n);
	const js = (rate(() => gemmNT(a, 0, n, b, 0, n, c, 0, n, 1, n, n, n)) * flops) / 1e9;
	return { gflops_wasm: wasm, gflops_js: js };
}
