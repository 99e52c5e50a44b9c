/**
 * The training digits of a run, batch after batch: the classes it learns (labels renumbered), a seeded
 * shuffle redrawn every epoch, and buffers reused from batch to batch, so a step allocates nothing.
 */
import { digitBatch, type DigitSet } from '../data/mnist';
import type { Random } from '../random';
import type { Tensor } from '../tensor';

/** Digits of some classes, with labels renumbered 0..classes-1. */
export interface Subset {
	set: DigitSet;
	indices: Int32Array;
	labels: Uint8Array;
}

/**
 * The digits of some classes, in the set's order. With a `limit`, the classes take turns (the first
 * digit of each class, then the second of each, ...), so a small budget holds as many digits of every
 * class as it can: a limit of 10 on five classes is 2 of each, never 4 of one and none of another.
 * `subset(data.train, [5, 6, 7, 8, 9], 100)` (20 of each)
 */
export function subset(set: DigitSet, digits: readonly number[], limit = Infinity): Subset {
	const classOf = new Int16Array(10).fill(-1);
	digits.forEach((digit, k) => (classOf[digit] = k));
	const byClass: number[][] = digits.map(() => []);
	for (let i = 0; i < set.count; i++) {
		if (classOf[set.labels[i]] >= 0) byClass[classOf[set.labels[i]]].push(i);
	}
	const available = byClass.reduce((sum, members) => sum + members.length, 0);
	const taken: number[] = [];
	// Round by round, one digit of each class that still has one, until the limit.
	for (let round = 0; taken.length < Math.min(limit, available); round++) {
		for (const members of byClass) {
			if (round < members.length && taken.length < limit) taken.push(members[round]);
		}
	}
	// Back in the set's order: with no limit, exactly the set's digits of these classes.
	taken.sort((a, b) => a - b);
	return {
		set,
		indices: Int32Array.from(taken),
		labels: Uint8Array.from(taken, (i) => classOf[set.labels[i]])
	};
}

/** Batches in a seeded order, a new shuffle each epoch. `const { x, labels } = batches.next(32)` */
export class Batches {
	private order: Int32Array;
	private cursor = 0;
	private buffers: { x: Tensor; labels: Uint8Array; indices: Int32Array } | null = null;

	constructor(
		private readonly train: Subset,
		private readonly rng: Random
	) {
		this.order = this.shuffled();
	}

	private shuffled(): Int32Array {
		const order = Array.from(this.train.indices.keys());
		return Int32Array.from(this.rng.shuffle(order));
	}

	/** The next `size` digits (fewer if the set is smaller), valid until the next call. */
	next(size: number): { x: Tensor; labels: Uint8Array } {
		const batch = Math.min(size, this.train.indices.length);
		if (this.cursor + batch > this.order.length) {
			this.order = this.shuffled();
			this.cursor = 0;
		}
		if (!this.buffers || this.buffers.labels.length !== batch) {
			this.buffers = {
				x: { shape: [batch, 1, 28, 28], data: new Float32Array(batch * 28 * 28) },
				labels: new Uint8Array(batch),
				indices: new Int32Array(batch)
			};
		}
		const { indices } = this.buffers;
		for (let i = 0; i < batch; i++) indices[i] = this.train.indices[this.order[this.cursor + i]];
		const digits = digitBatch(this.train.set, indices, 28, 28, this.buffers);
		// Labels renumbered to the run's classes (digit 7 may be class 2).
		for (let i = 0; i < batch; i++)
			digits.labels[i] = this.train.labels[this.order[this.cursor + i]];
		this.cursor += batch;
		return digits;
	}
}
