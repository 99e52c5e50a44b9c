/**
 * The optimiser's update kernel: the WebAssembly SIMD path gives the JavaScript loop's weights and
 * velocities to the bit (both compute in float64 and round once per stored value), with and without
 * momentum and weight decay, on lengths that leave a tail after the 4-wide vectors; and the JavaScript
 * loop is SGD as written out by hand. The finiteness test finds one NaN or infinity wherever it lies
 * (the vector lanes, the tail), on both paths.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
	allFinite,
	loadFastKernels,
	sgdUpdate,
	useFastKernels
} from '../../../src/lib/engine/kernels';
import { createRandom } from '../../../src/lib/engine/random';

afterAll(() => useFastKernels(true));

function run(fast: boolean, count: number, mu: number, decay: number, seed: number) {
	const rng = createRandom(seed);
	const w = Float32Array.from({ length: count }, () => rng.uniform(-1, 1));
	const v = mu ? Float32Array.from({ length: count }, () => rng.uniform(-0.1, 0.1)) : null;
	const g = Float32Array.from({ length: count }, () => rng.uniform(-0.5, 0.5));
	useFastKernels(fast);
	for (let step = 0; step < 3; step++) sgdUpdate(w, g, v, 0.05, mu, decay);
	return { w, v };
}

/** How many values differ in their bits (Object.is: NaN equals NaN, -0 differs from 0). */
function differences(a: Float32Array, b: Float32Array): number {
	let count = 0;
	for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) count++;
	return count + Math.abs(a.length - b.length);
}

describe('sgdUpdate', () => {
	it.each([
		[1, 0.9, 0],
		[3, 0, 0],
		[4, 0.9, 0.01],
		[7, 0, 0.001],
		[61706, 0.9, 0],
		[2401, 0.5, 0.0005]
	])(
		'WebAssembly equals JavaScript to the bit: %i values, momentum %f, decay %f',
		async (count, mu, decay) => {
			expect(await loadFastKernels()).toBe(true);
			const fast = run(true, count, mu, decay, count);
			const js = run(false, count, mu, decay, count);
			expect(differences(fast.w, js.w)).toBe(0);
			expect(fast.v === null).toBe(js.v === null);
			if (fast.v && js.v) expect(differences(fast.v, js.v)).toBe(0);
		}
	);

	it.each(['wasm-simd', 'js'])(
		'%s: lr 0.1, momentum 0.5, decay 0.1 from w 1, v 0.2, g 0.3: v = 0.1 + 0.3 + 0.1 = 0.5, w = 0.95',
		async (backend) => {
			await loadFastKernels();
			useFastKernels(backend === 'wasm-simd');
			const w = Float32Array.of(1, 1, 1, 1, 1);
			const v = Float32Array.of(0.2, 0.2, 0.2, 0.2, 0.2);
			sgdUpdate(w, Float32Array.of(0.3, 0.3, 0.3, 0.3, 0.3), v, 0.1, 0.5, 0.1);
			for (let i = 0; i < 5; i++) {
				expect(v[i]).toBeCloseTo(0.5, 6);
				expect(w[i]).toBeCloseTo(0.95, 6);
			}
		}
	);
});

describe.each(['wasm-simd', 'js'] as const)('allFinite on %s', (backend) => {
	it.each([1, 4, 7, 8, 9, 33, 61706])(
		'finds one NaN or infinity anywhere in %i values',
		async (count) => {
			await loadFastKernels();
			useFastKernels(backend === 'wasm-simd');
			const rng = createRandom(count);
			// Large finite values too: 3e38 * 0 is still 0.
			const values = Float32Array.from({ length: count }, () => rng.uniform(-3e38, 3e38));
			expect(allFinite(values)).toBe(true);
			const places = [...new Set([0, 3, 4, 7, 8, count >> 1, count - 2, count - 1])].filter(
				(i) => i >= 0 && i < count
			);
			for (const at of places) {
				for (const bad of [NaN, Infinity, -Infinity]) {
					const spoilt = new Float32Array(values);
					spoilt[at] = bad;
					expect(allFinite(spoilt), `${bad} at ${at}`).toBe(false);
				}
			}
			useFastKernels(true);
		}
	);
});
