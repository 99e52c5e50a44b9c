/** The optimiser's update of a parameter and the finiteness test around it, with their fast kernels. */
import { after, copyIn, fastKernels, FIRST_OPERAND, operands } from './wasm/module';

/**
 * SGD's update of one parameter: with a velocity `v`, v = mu * v + g + decay * w and w = w - lr * v;
 * without (`v` null, no momentum), w = w - lr * (g + decay * w). Computed in float64 and rounded once per
 * stored value on both paths, so the WebAssembly kernel and this loop give the same weights to the bit.
 * `sgdUpdate(p.value.data, p.grad.data, velocity, 0.01, 0.9, 0)`
 */
export function sgdUpdate(
	w: Float32Array,
	g: Float32Array,
	v: Float32Array | null,
	lr: number,
	mu: number,
	decay: number
): void {
	const n = w.length;
	const fast = fastKernels();
	if (fast) {
		const wAt = FIRST_OPERAND;
		const gAt = after(wAt, n);
		const vAt = after(gAt, n);
		const heap = operands(fast, after(vAt, v ? n : 0) - FIRST_OPERAND);
		heap.set(w, wAt);
		copyIn(heap, gAt, g, n);
		if (v) heap.set(v, vAt);
		fast.sgdUpdate(wAt * 4, gAt * 4, v ? vAt * 4 : 0, n, lr, mu, decay);
		w.set(heap.subarray(wAt, wAt + n));
		if (v) v.set(heap.subarray(vAt, vAt + n));
		return;
	}
	if (!v) {
		for (let i = 0; i < n; i++) w[i] -= lr * (g[i] + decay * w[i]);
		return;
	}
	for (let i = 0; i < n; i++) {
		const vi = mu * v[i] + g[i] + decay * w[i];
		v[i] = vi;
		w[i] -= lr * vi;
	}
}

/**
 * Whether every value is a finite number. v * 0 is 0 for a finite v and NaN for NaN and ±Infinity, and a
 * NaN stays in a sum: one sum, four values at a time (in float64, so four float32 values never overflow
 * it), with no branch per value. `allFinite(p.grad.data)`
 */
export function allFinite(values: Float32Array): boolean {
	const n = values.length;
	const fast = fastKernels();
	if (fast) {
		const heap = operands(fast, n);
		heap.set(values, FIRST_OPERAND);
		return fast.allFinite(FIRST_OPERAND * 4, n) === 1;
	}
	let sum = 0;
	let i = 0;
	for (; i + 3 < n; i += 4) sum += (values[i] + values[i + 1] + values[i + 2] + values[i + 3]) * 0;
	for (; i < n; i++) sum += values[i] * 0;
	return sum === 0;
}
