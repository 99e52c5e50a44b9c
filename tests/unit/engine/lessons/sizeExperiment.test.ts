/**
 * Lesson 13's experiment, run as its workers run it: the plan of runs, the fine-tuning set-up, seeded
 * runs that repeat exactly, and the behaviour the lesson describes (fine-tuning ahead on tiny sets).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltMnist } from '../../../../scripts/build-mnist';
import type { MnistData } from '../../../../src/lib/engine/data/mnist';
import { loadFastKernels } from '../../../../src/lib/engine/kernels';
import {
	EXAMPLE_BUDGET,
	experimentJobs,
	fineTuneModel,
	PER_CLASS,
	runJob,
	SEEDS,
	trainBase
} from '../../../../src/lib/engine/lessons/sizeExperiment';

let data: MnistData;
let base: { text: string; accuracy: number };
beforeAll(async () => {
	// The workers' kernels (WebAssembly SIMD), so that these runs are the figure's, and quicker.
	await loadFastKernels();
	data = readBuiltMnist();
	base = trainBase(data);
}, 240_000);

describe('the size experiment', () => {
	it('plans every size x seed x approach once, smallest sizes first', () => {
		const jobs = experimentJobs();
		expect(jobs).toHaveLength(PER_CLASS.length * SEEDS.length * 2);
		const keys = new Set(jobs.map((j) => `${j.perClass}/${j.seed}/${j.approach}`));
		expect(keys.size).toBe(jobs.length);
		const sizes = jobs.map((j) => j.perClass);
		expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
		expect(PER_CLASS[0]).toBeLessThanOrEqual(5);
		expect(PER_CLASS[PER_CLASS.length - 1]).toBeGreaterThanOrEqual(200);
	});

	it('base on digits 0-4 (15,000 examples, seed 1) learns them: above 95 %', () => {
		expect(base.accuracy).toBeGreaterThan(0.95);
	});

	it('fine-tuning set-up: new 84 -> 5 last layer from the seed, convolutions frozen, dense layers free', () => {
		const model = fineTuneModel(base.text, 5, 7, ['conv1', 'conv2']);
		expect(model.outputShape()).toEqual([5]);
		const frozen = (name: string) =>
			model
				.layer(name)
				.parameters()
				.every((p) => p.frozen);
		expect([frozen('conv1'), frozen('conv2'), frozen('fc1'), frozen('fc2'), frozen('fc3')]).toEqual(
			[true, true, false, false, false]
		);
		const again = fineTuneModel(base.text, 5, 7, ['conv1', 'conv2']);
		expect(again.layer('fc3').parameters()[0].value.data).toEqual(
			model.layer('fc3').parameters()[0].value.data
		);
	});

	it('a run (2 per class, scratch, seed 2) gives the same accuracy twice, above chance', () => {
		const job = { perClass: 2, approach: 'scratch' as const, seed: 2 };
		const first = runJob(data, base.text, job, 160);
		expect(runJob(data, base.text, job, 160)).toBe(first);
		expect(first).toBeGreaterThan(0.2);
	});

	it(`2, 5 and 10 digits per class, ${EXAMPLE_BUDGET} examples, mean of the seeds: fine-tuned 3 to 5 points ahead, as lesson 13 says`, () => {
		const mean = (perClass: number, approach: 'fine-tuned' | 'scratch') =>
			SEEDS.reduce((sum, seed) => sum + runJob(data, base.text, { perClass, approach, seed }), 0) /
			SEEDS.length;
		for (const perClass of [2, 5, 10]) {
			const gap = (mean(perClass, 'fine-tuned') - mean(perClass, 'scratch')) * 100;
			expect(Math.round(gap), `${perClass} per class`).toBeGreaterThanOrEqual(3);
			expect(Math.round(gap), `${perClass} per class`).toBeLessThanOrEqual(5);
		}
		const lesson = readFileSync('content/13-fine-tuning.md', 'utf8');
		expect(lesson).toMatch(/3 to 5 points ahead with 2 to 10\s+digits per class/);
	}, 300_000);
});
