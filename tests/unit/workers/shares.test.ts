/**
 * Training across workers, with the helpers' code run in-process (tests/shared/local-helper.ts): a
 * step shared among workers equals a step on one worker, and a run with a given seed and worker count
 * is reproducible to the bit.
 */
import { describe, expect, it } from 'vitest';
import { loadFastKernels } from '../../../src/lib/engine/kernels';
import { createLeNet5 } from '../../../src/lib/engine/lenet';
import { trainStep, type Sequential } from '../../../src/lib/engine/model';
import { Adam } from '../../../src/lib/engine/optim/adam';
import { createRandom } from '../../../src/lib/engine/random';
import { ParallelSteps, shareSizes } from '../../../src/lib/workers/shares';
import { localHelper } from '../../shared/local-helper';
import { maxDifference } from '../engine/ops-helpers';

function batch(seed: number, size: number) {
	const rng = createRandom(seed);
	return {
		x: {
			shape: [size, 1, 28, 28],
			data: Float32Array.from({ length: size * 784 }, () => rng.next())
		},
		labels: Uint8Array.from({ length: size }, () => rng.int(10))
	};
}

const weights = (model: Sequential) =>
	model.parameters().map((p) => new Float32Array(p.value.data));

async function train(workers: number, steps: number, delays: number[] = []): Promise<Sequential> {
	const model = createLeNet5(createRandom(3));
	const adam = new Adam({ learningRate: 0.002 });
	const parallel = new ParallelSteps(
		Array.from({ length: workers - 1 }, (_, k) => localHelper(delays[k] ?? 0))
	);
	for (let s = 0; s < steps; s++) {
		const { x, labels } = batch(s, 13);
		await parallel.step(model, adam, x, labels);
	}
	return model;
}

describe('training across workers', () => {
	it('cuts a batch into contiguous shares, the first ones one larger', () => {
		expect(shareSizes(32, 2)).toEqual([16, 16]);
		expect(shareSizes(13, 3)).toEqual([5, 4, 4]);
		expect(shareSizes(2, 4)).toEqual([1, 1]);
		expect(shareSizes(1, 1)).toEqual([1]);
	});

	it.each([false, true])(
		'a step shared among 3 workers equals a step on one (WebAssembly kernels: %s)',
		async (fast) => {
			if (fast) expect(await loadFastKernels()).toBe(true);
			const single = createLeNet5(createRandom(3));
			const adamSingle = new Adam({ learningRate: 0.002 });
			const shared = await train(3, 4);
			for (let s = 0; s < 4; s++) {
				const { x, labels } = batch(s, 13);
				trainStep(single, adamSingle, x, labels);
			}
			const a = weights(single);
			weights(shared).forEach((w, i) => expect(maxDifference(w, a[i])).toBeLessThan(1e-5));
		}
	);

	it('is reproducible to the bit for a seed and a worker count, whatever order answers arrive in', async () => {
		const first = weights(await train(3, 3, [5, 0]));
		const second = weights(await train(3, 3, [0, 5]));
		second.forEach((w, i) => expect(Array.from(w)).toEqual(Array.from(first[i])));
	});

	it('refuses a step whose loss is not finite and keeps the weights', async () => {
		const model = createLeNet5(createRandom(3));
		const before = weights(model);
		const parallel = new ParallelSteps([localHelper(0)]);
		const { x, labels } = batch(1, 8);
		x.data[6 * 784] = NaN; // in the helper's share
		await expect(
			parallel.step(model, new Adam({ learningRate: 0.002 }), x, labels)
		).rejects.toThrow(/NaN/);
		weights(model).forEach((w, i) => expect(Array.from(w)).toEqual(Array.from(before[i])));
		// The buffers came back: the next step works.
		const good = batch(2, 8);
		await expect(
			parallel.step(model, new Adam({ learningRate: 0.002 }), good.x, good.labels)
		).resolves.toMatchObject({ count: 8 });
	});
});
