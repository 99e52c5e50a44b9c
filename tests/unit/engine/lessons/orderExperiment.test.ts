import { describe, expect, it } from 'vitest';
import { readBuiltMnist } from '../../../../scripts/build-mnist';
import { flatten, flattenOrder } from '../../../../src/lib/engine/flatten';
import {
	DIGIT_FEATURE_LENGTH,
	digitFeatures,
	OrderRun,
	orderedVectors,
	type OrderChoice
} from '../../../../src/lib/engine/lessons/orderExperiment';
import { ShapeError } from '../../../../src/lib/engine/shape';
import { tensor } from '../../../../src/lib/engine/tensor';

const data = readBuiltMnist();

describe('orderedVectors', () => {
	const maps = tensor(
		Array.from({ length: 2 * 2 * 8 }, (_, i) => i),
		[2, 2, 2, 4]
	);

	it('row and column are the engine flatten orders', () => {
		expect(orderedVectors(maps, 'row', 1).data).toEqual(flatten(maps, 'row').data);
		expect(orderedVectors(maps, 'column', 1).data).toEqual(flatten(maps, 'column').data);
		expect(Array.from(flattenOrder([1, 2, 2, 4], 'column').slice(0, 4))).toEqual([0, 4, 1, 5]);
	});

	it('shuffle: one permutation for every image; reshuffle: a new one per image', () => {
		const fixed = orderedVectors(maps, 'shuffle', 5);
		const first = Array.from(fixed.data.subarray(0, 16));
		const second = Array.from(fixed.data.subarray(16)).map((v) => v - 16);
		expect(second).toEqual(first);
		const fresh = orderedVectors(maps, 'reshuffle', 5);
		const a = Array.from(fresh.data.subarray(0, 16));
		const b = Array.from(fresh.data.subarray(16)).map((v) => v - 16);
		expect(b).not.toEqual(a);
		// Both are still permutations: nothing lost, nothing repeated.
		expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 16 }, (_, i) => i));
	});

	it('an unknown order is refused with the known names', () => {
		expect(() => orderedVectors(maps, 'spiral' as OrderChoice, 1)).toThrow(ShapeError);
	});
});

describe('digitFeatures', () => {
	it('count=10: [10, 2, 13, 13], non-negative (ReLU before pooling)', () => {
		const { x, labels } = digitFeatures(data.test, 10);
		expect(x.shape).toEqual([10, 2, 13, 13]);
		expect(labels.length).toBe(10);
		expect(Math.min(...x.data)).toBeGreaterThanOrEqual(0);
		expect(x.data.length / 10).toBe(DIGIT_FEATURE_LENGTH);
	});

	it('asking for more digits than the set has is refused', () => {
		expect(() => digitFeatures(data.test, data.test.count + 1)).toThrow(ShapeError);
	});
});

describe('OrderRun: only consistency matters', () => {
	const train = digitFeatures(data.train, 3000);
	const test = digitFeatures(data.test, 1000);
	const accuracy = (choice: OrderChoice, seed = 1) => {
		const run = new OrderRun(train, test, choice, { seed });
		while (!run.done) run.advance(100);
		return run.testAccuracy();
	};

	it('seed=1: row, column and one fixed shuffle all reach about the same accuracy', () => {
		const row = accuracy('row');
		const column = accuracy('column');
		const shuffle = accuracy('shuffle');
		expect(row).toBeGreaterThan(0.85);
		expect(Math.abs(column - row)).toBeLessThan(0.02);
		expect(Math.abs(shuffle - row)).toBeLessThan(0.02);
	});

	it('seed=1: a new shuffle for every image is no better than guessing', () => {
		expect(accuracy('reshuffle')).toBeLessThan(0.2);
	});

	it('is deterministic for a seed', () => {
		expect(accuracy('column', 3)).toBe(accuracy('column', 3));
	});
});
