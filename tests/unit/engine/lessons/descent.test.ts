import { describe, expect, test } from 'vitest';
import { bowl, descend, sampleSurface } from '../../../../src/lib/engine/lessons/descent';

describe('gradient descent on a 2-D loss surface', () => {
	const surface = bowl();

	test('the gradient matches centred finite differences', () => {
		for (const w of [
			[-2, 1],
			[0.5, 0.3],
			[3, -2]
		] as const) {
			const g = surface.gradient(w);
			const h = 1e-5;
			const d1 = (surface.loss([w[0] + h, w[1]]) - surface.loss([w[0] - h, w[1]])) / (2 * h);
			const d2 = (surface.loss([w[0], w[1] + h]) - surface.loss([w[0], w[1] - h])) / (2 * h);
			expect(g[0]).toBeCloseTo(d1, 5);
			expect(g[1]).toBeCloseTo(d2, 5);
		}
		expect(surface.loss(surface.minimum)).toBeCloseTo(surface.minimumLoss, 12);
	});

	test.each([
		[0.01, 'crawls'],
		[0.1, 'converges'],
		[0.2, 'converges'],
		[0.3, 'diverges'],
		[0.6, 'diverges']
	] as const)('lr=%s over 40 steps %s', (rate, verdict) => {
		const run = descend(surface, surface.start, rate, 40);
		expect(run.verdict).toBe(verdict);
		expect(run.facts.steps).toBe(run.path.length - 1);
		expect(run.facts.divergesAbove).toBeCloseTo(2 / surface.curvatures[1], 12);
		if (verdict === 'converges') expect(run.facts.left).toBeLessThanOrEqual(0.05);
		if (verdict === 'crawls') expect(run.facts.left).toBeGreaterThan(0.05);
	});

	test('each step is w - lr * gradient', () => {
		const run = descend(surface, [-2, 1], 0.05, 3);
		expect(run.path).toHaveLength(4);
		const [a, b] = run.path;
		expect(b.w[0]).toBeCloseTo(a.w[0] - 0.05 * a.gradient[0], 12);
		expect(b.w[1]).toBeCloseTo(a.w[1] - 0.05 * a.gradient[1], 12);
	});

	test('a diverging run stops early instead of running to infinity', () => {
		const run = descend(surface, surface.start, 5, 200);
		expect(run.path.length).toBeLessThan(200);
		expect(run.verdict).toBe('diverges');
	});

	test('bad settings are refused with a message', () => {
		expect(() => descend(surface, [0, 0], 0, 10)).toThrow(/learning rate/);
		expect(() => descend(surface, [0, 0], 0.1, -1)).toThrow(/steps/);
	});

	test('sampling covers the range', () => {
		const s = sampleSurface(surface, 20, 10);
		expect(s.values).toHaveLength(200);
		expect(s.min).toBeGreaterThanOrEqual(surface.minimumLoss);
		expect(s.max).toBeGreaterThan(s.min);
	});
});
