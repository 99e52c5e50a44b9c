/** Shared helpers for the engine op tests (not a test file itself). */

import { expect } from 'vitest';
import { gradientCheckReport } from '../../../src/lib/engine/gradcheck';
import { createRandom, type Random } from '../../../src/lib/engine/random';
import { size, type Shape, type Tensor } from '../../../src/lib/engine/tensor';

/** A tensor of values drawn uniformly in [-scale, scale). */
export function randomTensor(shape: Shape, rng: Random, scale = 1): Tensor {
	const data = new Float32Array(size(shape));
	for (let i = 0; i < data.length; i++) data[i] = rng.uniform(-scale, scale);
	return { shape: [...shape], data };
}

/**
 * A tensor whose values are all different, at least `gap` apart (shuffled), so that max pooling has
 * no ties and ReLU no input near its kink: finite differences then see a smooth function.
 */
export function distinctTensor(shape: Shape, rng: Random, gap = 0.05): Tensor {
	const count = size(shape);
	const values = Array.from({ length: count }, (_, i) => (i - count / 2) * gap + gap / 2);
	rng.shuffle(values);
	return { shape: [...shape], data: Float32Array.from(values) };
}

/** Σ t_i r_i in float64: a scalar "loss" whose gradient with respect to t is r. */
export function weightedSum(t: Tensor, weights: Tensor): number {
	let total = 0;
	for (let i = 0; i < t.data.length; i++) total += t.data[i] * weights.data[i];
	return total;
}

/** Asserts that analytic gradients match centred finite differences of f. */
export function expectGradient(
	label: string,
	f: () => number,
	parameter: Float32Array,
	analytic: Float32Array,
	tolerance = 1e-2,
	epsilon = 1e-2
): void {
	const report = gradientCheckReport(f, parameter, analytic, { epsilon });
	expect(
		report.maxRelativeError,
		`${label}: worst entry ${JSON.stringify(report.worst)}`
	).toBeLessThan(tolerance);
}

/** Largest |a_i - b_i| relative to the largest |b_i| (at least 1). */
export function maxDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
	expect(a.length).toBe(b.length);
	let worst = 0;
	let scale = 1;
	for (let i = 0; i < b.length; i++) scale = Math.max(scale, Math.abs(b[i]));
	for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
	return worst / scale;
}

export { createRandom };
