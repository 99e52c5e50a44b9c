/** What the bench's files share: the digits, the batches, a contender and the timed race between them. */
import { readBuiltMnist } from '../../scripts/build-mnist';
import { createRandom } from '../../src/lib/engine/random';
import type { MnistData } from '../../src/lib/engine/data/mnist';

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);

/**
 * The bench's clock, in milliseconds: this process's CPU time by default, because on a machine shared
 * with other work wall-clock time also counts the moments other processes held the core, and that share
 * changes from one round to the next. Every engine here computes on this one thread (tfjs's wasm
 * backend runs no threads in Node), so CPU time is the time each spent. `BENCH_CLOCK=wall` for wall time.
 */
export const CLOCK = process.env.BENCH_CLOCK === 'wall' ? 'wall' : 'cpu';
export function clock(): number {
	if (CLOCK === 'wall') return performance.now();
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}
export const BATCH = 32;
export const INFER_BATCH = 100;
export const PIXELS = 784;

export interface Result {
	engine: 'convolutif' | 'convolutif-js' | 'convnetjs' | 'tfjs-cpu' | 'tfjs-wasm';
	train_ex_per_s?: number;
	infer_ex_per_s?: number;
	epoch_s?: number;
	test_accuracy?: number;
	failed?: boolean;
	reason?: string;
	note?: string;
}

export const data: MnistData = readBuiltMnist();
const order = createRandom(7).shuffle(Array.from({ length: data.train.count }, (_, i) => i));

/** Indices of the i-th training batch (cycling through the shuffled order). */
export function batchIndices(i: number, size: number): number[] {
	const start = (i * size) % (data.train.count - size);
	return order.slice(start, start + size);
}

/** One engine's training and inference steps, and what the timed rounds add up. */
export interface Contender {
	engine: Result['engine'];
	train: (i: number) => void | Promise<void>;
	infer: (i: number) => void | Promise<void>;
	dispose?: () => void;
	timed: {
		train: { examples: number; seconds: number };
		infer: { examples: number; seconds: number };
	};
	steps: number;
}

export function contender(
	engine: Result['engine'],
	train: Contender['train'],
	infer: Contender['infer'],
	dispose?: () => void
): Contender {
	return {
		engine,
		train,
		infer,
		dispose,
		steps: 0,
		timed: { train: { examples: 0, seconds: 0 }, infer: { examples: 0, seconds: 0 } }
	};
}

/** Runs a step for at least `seconds` (and at least once), adding examples and time to `into`. */
export async function timed(
	step: (i: number) => void | Promise<void>,
	perStep: number,
	seconds: number,
	c: Contender,
	into: { examples: number; seconds: number }
): Promise<void> {
	const start = clock();
	do {
		await step(c.steps++);
		into.examples += perStep;
	} while (clock() - start < seconds * 1000);
	into.seconds += (clock() - start) / 1000;
}

/**
 * Warm-up (0.5 s and at least 3 steps each), then rounds of 1 s alternating between the contenders,
 * training then inference, until each has SECONDS of each. Returns each contender's share of the rounds.
 */
export async function race(contenders: Contender[]): Promise<Map<Contender, Result>> {
	const rounds = Math.max(1, Math.ceil(SECONDS));
	const roundSeconds = SECONDS / rounds;
	const shares = new Map<
		Contender,
		{ train: { examples: number; seconds: number }; infer: { examples: number; seconds: number } }
	>();
	for (const c of contenders) {
		const warm = { examples: 0, seconds: 0 };
		await timed(c.train, BATCH, 0.5, c, warm);
		await timed(c.infer, INFER_BATCH, 0.5, c, warm);
		shares.set(c, { train: { examples: 0, seconds: 0 }, infer: { examples: 0, seconds: 0 } });
	}
	for (const kind of ['train', 'infer'] as const) {
		for (let round = 0; round < rounds; round++) {
			for (const c of contenders) {
				const share = shares.get(c)![kind];
				const before = { ...c.timed[kind] };
				await timed(
					c[kind],
					kind === 'train' ? BATCH : INFER_BATCH,
					roundSeconds,
					c,
					c.timed[kind]
				);
				share.examples += c.timed[kind].examples - before.examples;
				share.seconds += c.timed[kind].seconds - before.seconds;
			}
		}
	}
	const results = new Map<Contender, Result>();
	for (const [c, share] of shares) {
		results.set(c, {
			engine: c.engine,
			train_ex_per_s: share.train.examples / share.train.seconds,
			infer_ex_per_s: share.infer.examples / share.infer.seconds
		});
	}
	return results;
}
