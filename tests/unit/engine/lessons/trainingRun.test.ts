/** The training session the worker runs: it learns, stops by itself when it diverges, saves and loads. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltMnist } from '../../../../scripts/build-mnist';
import type { MnistData } from '../../../../src/lib/engine/data/mnist';
import { ModelFormatError } from '../../../../src/lib/engine/serialize';
import { subset } from '../../../../src/lib/engine/lessons/batches';
import { TrainingRun } from '../../../../src/lib/engine/lessons/trainingRun';

let data: MnistData;
beforeAll(() => {
	data = readBuiltMnist();
});

const options = { seed: 3, learningRate: 0.002, batchSize: 32, optimiser: 'adam' as const };

describe('TrainingRun', () => {
	it('digits 0-9, adam lr=0.002 B=32: 60 steps raise test accuracy well above chance', () => {
		const run = new TrainingRun(data, options);
		expect(run.sizes).toEqual({ train: 9000, test: 1000 });
		const before = run.evaluate().accuracy;
		for (let i = 0; i < 60; i++) expect(run.step()).toBe(true);
		const point = run.point(true);
		expect(point.examples).toBe(60 * 32);
		expect(point.testAccuracy!).toBeGreaterThan(0.6);
		expect(point.testAccuracy!).toBeGreaterThan(before + 0.3);
		expect(run.evaluate().confusion).toHaveLength(10);
	});

	it('the same seed gives the same run', () => {
		const a = new TrainingRun(data, options);
		const b = new TrainingRun(data, options);
		for (let i = 0; i < 5; i++) {
			a.step();
			b.step();
		}
		expect(a.weights('conv1')).toEqual(b.weights('conv1'));
	});

	it('digits 5-9 with a training limit: 5 classes, labels renumbered', () => {
		const run = new TrainingRun(data, { ...options, digits: [5, 6, 7, 8, 9], trainLimit: 300 });
		expect(run.sizes.train).toBe(300);
		expect(run.sizes.test).toBe(500);
		expect(run.model.outputShape()).toEqual([5]);
		expect([5, 6, 7, 8, 9]).toContain(run.testDigit(0).digit);
		run.step();
		expect(run.inspect(new Float32Array(784)).probabilities).toHaveLength(5);
	});

	it('a training limit takes the classes in turn: 10 digits of 5-9 are 2 of each, in the set order', () => {
		for (const limit of [5, 10, 100]) {
			const part = subset(data.train, [5, 6, 7, 8, 9], limit);
			expect(part.indices).toHaveLength(limit);
			const counts = [0, 0, 0, 0, 0];
			for (const label of part.labels) counts[label]++;
			expect(counts).toEqual([1, 1, 1, 1, 1].map(() => limit / 5));
			for (let i = 0; i < limit; i++) {
				expect(data.train.labels[part.indices[i]]).toBe(5 + part.labels[i]);
				if (i > 0) expect(part.indices[i]).toBeGreaterThan(part.indices[i - 1]);
			}
		}
		// With no limit, every digit of those classes; a limit above that is the same.
		const all = subset(data.train, [0, 1]);
		expect(subset(data.train, [0, 1], 1e9).indices).toEqual(all.indices);
		expect(all.indices.length).toBe(
			Array.from(data.train.labels).filter((label) => label <= 1).length
		);
	});

	// After 20 steps a window of the loss average has just closed; after 30, 10 steps of the next one
	// were taken at the good rate, and the huge rate must not share that window with them (averaged
	// with good steps, a few wrecked ones could pass for good).
	it.each([20, 30])(
		'a huge learning rate (sgd lr=50) after %i steps: stops by itself and says why, keeps the weights from just before it',
		(before) => {
			const run = new TrainingRun(data, { ...options, optimiser: 'sgd', learningRate: 0.01 });
			for (let i = 0; i < before; i++) run.step();
			const good = run.weights('conv1');
			run.setHyper({ learningRate: 50 });
			let steps = 0;
			while (run.step() && steps < 200) steps++;
			expect(run.diverged).toMatchObject({ reason: 'exploded', chance: Math.log(10) });
			if (run.diverged?.reason === 'exploded') expect(run.diverged.loss).toBeGreaterThan(25);
			expect(run.weights('conv1')).toEqual(good);
			expect(run.step()).toBe(false);
			run.setHyper({ learningRate: 0.01 });
			run.clearDivergence();
			expect(run.step()).toBe(true);
		}
	);

	it('save and load round-trip; a corrupt or foreign file is refused and the model stays', () => {
		const run = new TrainingRun(data, options);
		for (let i = 0; i < 10; i++) run.step();
		const text = run.save();
		const before = run.inspect(
			run.testDigit(3).pixels.reduce((a, v, i) => ((a[i] = v / 255), a), new Float32Array(784))
		);
		const other = new TrainingRun(data, { ...options, seed: 99 });
		other.load(text);
		expect(other.weights('conv1')).toEqual(run.weights('conv1'));
		const conv1 = other.weights('conv1');
		expect(() => other.load(text.slice(0, text.length / 2))).toThrow(ModelFormatError);
		expect(() => other.load('{"format":"something else"}')).toThrow(/not a convolutif model/);
		const five = new TrainingRun(data, { ...options, digits: [0, 1, 2, 3, 4] });
		expect(() => other.load(five.save())).toThrow(/answers 5 classes/);
		// The same refusals as facts, which the figures phrase in the page's language.
		const problem = (text: string) => {
			try {
				other.load(text);
			} catch (error) {
				return (error as ModelFormatError).problem;
			}
			return null;
		};
		expect(problem(text.slice(0, text.length / 2))).toEqual({ code: 'not-json' });
		expect(problem('{"format":"keras"}')).toEqual({ code: 'other-format', format: '"keras"' });
		expect(problem(five.save())).toEqual({ code: 'wrong-classes', classes: 5, expected: 10 });
		expect(other.weights('conv1')).toEqual(conv1);
		expect(before.layers.map((l) => l.name)).toContain('conv1');
	});

	it('bad hyper-parameters are refused with a sentence', () => {
		const run = new TrainingRun(data, options);
		expect(() => run.setHyper({ batchSize: 0 })).toThrow(/batch size 0/);
		expect(() => run.setHyper({ learningRate: -1 })).toThrow(/learning rate -1/);
		expect(run.hyper.batchSize).toBe(32);
	});
});
