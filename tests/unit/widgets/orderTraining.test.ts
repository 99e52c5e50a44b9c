import { describe, expect, it } from 'vitest';
import { readBuiltMnist } from '../../../scripts/build-mnist';
import {
	digitFeatures,
	ORDER_CHOICES,
	OrderRun
} from '../../../src/lib/engine/lessons/orderExperiment';
import { OrderTraining } from '../../../src/lib/widgets/flattening/orderTraining.svelte';

const data = readBuiltMnist();
const size = { train: 200, test: 100, batchesPerPause: 3 };

describe('OrderTraining (lesson 07 figure)', () => {
	it('trains every order with the seed given and reports what the engine measures', async () => {
		const experiment = new OrderTraining(size);
		const progress: number[] = [];
		const running = experiment.run(3, async () => data);
		expect(experiment.status).toBe('running');
		const watch = setInterval(() => progress.push(experiment.progress), 0);
		await running;
		clearInterval(watch);
		expect(experiment.status).toBe('done');
		expect(experiment.message).toBe('');
		expect(experiment.resultSeed).toBe(3);
		expect(experiment.progress).toBe(1);
		const train = digitFeatures(data.train, size.train);
		const test = digitFeatures(data.test, size.test);
		for (const choice of ORDER_CHOICES) {
			const run = new OrderRun(train, test, choice.name, { seed: 3 });
			while (!run.done) run.advance(100);
			expect(experiment.results[choice.name]).toBe(run.testAccuracy());
		}
		expect(progress.every((p, i) => i === 0 || p >= progress[i - 1])).toBe(true);
	});

	it('a failed download becomes a sentence; nothing is half reported', async () => {
		const experiment = new OrderTraining(size);
		await experiment.run(1, async () => {
			throw new Error('the digits file answered 404');
		});
		expect(experiment.status).toBe('failed');
		expect(experiment.message).toBe('Training could not run: the digits file answered 404.');
		expect(experiment.results).toEqual({});
	});

	it('a second press while running starts nothing; cancel stops between batches', async () => {
		const experiment = new OrderTraining(size);
		let loads = 0;
		const load = async () => {
			loads++;
			return data;
		};
		const first = experiment.run(1, load);
		await experiment.run(2, load);
		expect(loads).toBe(1);
		experiment.cancel();
		await first;
		expect(experiment.status).toBe('running');
		expect(experiment.results.row).toBeUndefined();
	});
});
