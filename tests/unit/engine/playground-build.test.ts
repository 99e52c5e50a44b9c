/**
 * buildDesign: LeNet-5's preset is lenet.ts's network weight for weight, a seed reproduces a model, a
 * tanh layer starts with Glorot's weights, and a built design trains on real digits in the same
 * TrainingRun the workers use.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltMnist } from '../../../scripts/build-mnist';
import type { MnistData } from '../../../src/lib/engine/data/mnist';
import { createLeNet5 } from '../../../src/lib/engine/lenet';
import { TrainingRun } from '../../../src/lib/engine/lessons/trainingRun';
import { buildDesign, DESIGN_PRESETS, DesignError } from '../../../src/lib/engine/playground';
import { createRandom } from '../../../src/lib/engine/random';

let data: MnistData;
// Reading the digits file takes seconds on a busy machine.
beforeAll(() => {
	data = readBuiltMnist();
}, 60_000);

describe('buildDesign', () => {
	it('builds LeNet-5’s preset as createLeNet5 with the same seed, weight for weight', () => {
		const built = buildDesign(DESIGN_PRESETS.lenet5, 42);
		const reference = createLeNet5(createRandom(42));
		expect(built.layers.map((l) => l.name)).toEqual(reference.layers.map((l) => l.name));
		const a = built.parameters();
		const b = reference.parameters();
		expect(a).toHaveLength(b.length);
		a.forEach((p, i) => expect(Array.from(p.value.data)).toEqual(Array.from(b[i].value.data)));
	});

	it('a seed reproduces a model; another seed changes it', () => {
		const first = buildDesign(DESIGN_PRESETS.tiny, 3).parameters()[0].value.data;
		expect(Array.from(buildDesign(DESIGN_PRESETS.tiny, 3).parameters()[0].value.data)).toEqual(
			Array.from(first)
		);
		expect(Array.from(buildDesign(DESIGN_PRESETS.tiny, 4).parameters()[0].value.data)).not.toEqual(
			Array.from(first)
		);
	});

	it('refuses a design it cannot build with the structured problems', () => {
		try {
			buildDesign({ layers: [{ kind: 'dense', units: 10 }] }, 1);
			throw new Error('should have thrown');
		} catch (error) {
			expect(error).toBeInstanceOf(DesignError);
			expect((error as DesignError).problems).toEqual([
				{ code: 'needs-flatten', layer: 0, shape: [1, 28, 28] }
			]);
		}
	});

	it('trains in the workers’ TrainingRun: the tiny design’s loss falls on real digits', () => {
		const run = new TrainingRun(data, {
			seed: 1,
			learningRate: 0.003,
			batchSize: 32,
			optimiser: 'adam',
			trainLimit: 2000,
			model: buildDesign(DESIGN_PRESETS.tiny, 1)
		});
		const losses: number[] = [];
		for (let block = 0; block < 4; block++) {
			for (let s = 0; s < 15; s++) expect(run.step()).toBe(true);
			losses.push(run.point(false).trainLoss);
		}
		expect(losses[3]).toBeLessThan(losses[0] * 0.8);
	}, 60_000);
});
