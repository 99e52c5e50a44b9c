/**
 * AssemblyScript or hand-written WebAssembly text? The same blocked matrix product (4 x 8 block, f32x4),
 * compiled by AssemblyScript (assembly/gemm.ts, as the engine ships it) and by wabt from gemm.wat, timed
 * alternately on the same shapes in one run. `npx tsx tests/bench/wasm-tools.ts`
 */
import { readFileSync } from 'node:fs';
import wabtInit from 'wabt';
import { loadFastKernels } from '../../src/lib/engine/kernels';
import { fastKernels, FIRST_OPERAND, operands } from '../../src/lib/engine/kernels/wasm/module';
import { clock } from './common';

const shapes = [
	[16, 150, 96], // about conv2's forward product
	[128, 128, 128],
	[32, 400, 120]
] as const;

await loadFastKernels();
const as = fastKernels()!;
const wabt = await wabtInit();
const text = readFileSync(new URL('./gemm.wat', import.meta.url), 'utf8');
const wat = wabt.parseWat('gemm.wat', text, { simd: true });
const { buffer } = wat.toBinary({});
const { instance } = await WebAssembly.instantiate(new Uint8Array(buffer));
const hand = instance.exports as unknown as {
	memory: WebAssembly.Memory;
	gemmNN(a: number, b: number, c: number, m: number, k: number, n: number): void;
};

function rate(run: () => void, seconds: number): number {
	for (let i = 0; i < 3; i++) run();
	let calls = 0;
	const start = clock();
	do {
		run();
		calls++;
	} while (clock() - start < seconds * 1000);
	return calls / ((clock() - start) / 1000);
}

console.log('| m x k x n | AssemblyScript GFLOP/s | WAT (wabt) GFLOP/s | same result |');
console.log('|---|---:|---:|---|');
for (const [m, k, n] of shapes) {
	const floats = m * k + k * n + m * n;
	const heap = operands(as, floats);
	const values = Float32Array.from({ length: m * k + k * n }, () => Math.random() - 0.5);
	heap.set(values, FIRST_OPERAND);
	const pages = Math.ceil((floats * 4) / 65536) + 1;
	if (hand.memory.buffer.byteLength < pages * 65536) {
		hand.memory.grow(pages - hand.memory.buffer.byteLength / 65536);
	}
	const handHeap = new Float32Array(hand.memory.buffer);
	handHeap.set(values, 0);
	const a = FIRST_OPERAND * 4;
	const b = a + m * k * 4;
	const c = b + k * n * 4;
	const flops = 2 * m * k * n;
	let asRate = 0;
	let watRate = 0;
	for (let round = 0; round < 3; round++) {
		asRate += rate(() => as.gemmNN(a, k, 1, b, n, c, n, m, k, n, 0), 0.5);
		watRate += rate(() => hand.gemmNN(0, m * k * 4, (m * k + k * n) * 4, m, k, n), 0.5);
	}
	const asC = heap.subarray(FIRST_OPERAND + m * k + k * n, FIRST_OPERAND + floats);
	const watC = new Float32Array(hand.memory.buffer).subarray(m * k + k * n, floats);
	const same = asC.every((v, i) => v === watC[i]);
	console.log(
		`| ${m} x ${k} x ${n} | ${(((asRate / 3) * flops) / 1e9).toFixed(1)} | ${(((watRate / 3) * flops) / 1e9).toFixed(1)} | ${same ? 'yes' : 'no'} |`
	);
}
