import { describe, expect, it } from 'vitest';
import {
	pool2d,
	pool2dBackward,
	pool2dTraced,
	type PoolMode,
	type PoolOptions
} from '../../../src/lib/engine/pool';
import { tensor } from '../../../src/lib/engine/tensor';
import {
	createRandom,
	distinctTensor,
	expectGradient,
	randomTensor,
	weightedSum
} from './ops-helpers';

interface Case {
	x: [number, number, number, number];
	w: number;
	s: number;
	edge: 'drop' | 'partial';
}

const shapes: Case[] = [
	{ x: [1, 1, 4, 4], w: 2, s: 2, edge: 'drop' },
	{ x: [1, 1, 5, 5], w: 2, s: 2, edge: 'drop' },
	{ x: [1, 1, 5, 5], w: 2, s: 2, edge: 'partial' }, // clipped last row and column
	{ x: [2, 3, 6, 7], w: 3, s: 2, edge: 'partial' },
	{ x: [1, 2, 7, 7], w: 3, s: 1, edge: 'drop' }, // overlapping windows
	{ x: [1, 2, 7, 6], w: 2, s: 3, edge: 'drop' }, // stride > window: cells never pooled
	{ x: [1, 1, 7, 7], w: 2, s: 3, edge: 'partial' },
	{ x: [1, 1, 3, 3], w: 4, s: 4, edge: 'partial' } // window larger than the input
];
const modes: PoolMode[] = ['max', 'mean', 'sum'];
const table = shapes.flatMap((c, i) =>
	modes.map(
		(mode) => [`${mode} x=[${c.x.join(',')}] w=${c.w} s=${c.s} edge=${c.edge}`, c, mode, i] as const
	)
);

describe('pool2d gradient check (centred finite differences)', () => {
	it.each(table)('%s', (_label, c, mode, i) => {
		const rng = createRandom(300 + i);
		const input = distinctTensor(c.x, rng);
		const options: PoolOptions = { mode, window: c.w, stride: c.s, edge: c.edge };
		const { output, winners } = pool2d(input, options);
		const gradOutput = randomTensor(output.shape, rng);
		const gradInput = pool2dBackward(input, gradOutput, options, winners);
		expectGradient(
			'input',
			() => weightedSum(pool2d(input, options).output, gradOutput),
			input.data,
			gradInput.data
		);
		// Without the saved winners, backward finds them again.
		expect(pool2dBackward(input, gradOutput, options).data).toEqual(gradInput.data);
	});
});

describe('pool2d by hand', () => {
	const input = tensor(
		[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25],
		[1, 1, 5, 5]
	);
	it('max w=2 s=2 edge=drop: 5x5 gives 2x2, the last row and column are skipped', () => {
		const { output, winners } = pool2d(input, { mode: 'max', window: 2, edge: 'drop' });
		expect(output.shape).toEqual([1, 1, 2, 2]);
		expect(Array.from(output.data)).toEqual([7, 9, 17, 19]);
		expect(Array.from(winners)).toEqual([6, 8, 16, 18]);
	});
	it('mean w=2 s=2 edge=partial: the clipped windows divide by the cells they hold', () => {
		const { output, winners } = pool2d(input, { mode: 'mean', window: 2, edge: 'partial' });
		expect(output.shape).toEqual([1, 1, 3, 3]);
		expect(Array.from(output.data)).toEqual([4, 6, 7.5, 14, 16, 17.5, 21.5, 23.5, 25]);
		expect(Array.from(winners)).toEqual(Array(9).fill(-1));
	});
	it('sum w=2 s=2 edge=partial', () => {
		const { output } = pool2d(input, { mode: 'sum', window: 2, edge: 'partial' });
		expect(Array.from(output.data)).toEqual([16, 24, 15, 56, 64, 35, 43, 47, 25]);
	});
	it('max backward routes each gradient to its winner only', () => {
		const options: PoolOptions = { mode: 'max', window: 2, edge: 'drop' };
		const grad = pool2dBackward(input, tensor([1, 2, 3, 4], [1, 1, 2, 2]), options);
		const expected = new Array(25).fill(0);
		expected[6] = 1;
		expected[8] = 2;
		expected[16] = 3;
		expected[18] = 4;
		expect(Array.from(grad.data)).toEqual(expected);
	});
	it('a NaN in a window shows in the max instead of vanishing', () => {
		const withNaN = tensor([1, NaN, 3, 4], [1, 1, 2, 2]);
		expect(Number.isNaN(pool2d(withNaN, { mode: 'max', window: 2 }).output.data[0])).toBe(true);
	});
});

describe('pool2dTraced agrees with pool2d exactly', () => {
	it.each(table)('%s', (_label, c, mode, i) => {
		const rng = createRandom(400 + i);
		const input = randomTensor(c.x, rng);
		const options: PoolOptions = { mode, window: c.w, stride: c.s, edge: c.edge };
		const plain = pool2d(input, options);
		const traced = pool2dTraced(input, options);
		expect(traced.output.data).toEqual(plain.output.data);
		expect(traced.winners).toEqual(plain.winners);
		expect(traced.trace.windows.length).toBe(plain.output.data.length);
		const [, , height, width] = c.x;
		traced.trace.windows.forEach((window, index) => {
			expect(window.result).toBe(plain.output.data[index]);
			const rows = Math.min(c.w, height - window.outY * c.s);
			const cols = Math.min(c.w, width - window.outX * c.s);
			expect(window.cells.length).toBe(rows * cols);
			expect(window.clipped).toBe(rows < c.w || cols < c.w);
			for (const cell of window.cells) {
				expect(cell.value).toBe(
					input.data[
						((window.n * c.x[1] + window.channel) * height + cell.inputY) * width + cell.inputX
					]
				);
			}
			if (mode === 'max') {
				const winner = window.winner!;
				const best = Math.max(...window.cells.map((cell) => cell.value));
				expect(
					input.data[
						((window.n * c.x[1] + window.channel) * height + winner.inputY) * width + winner.inputX
					]
				).toBe(best);
				expect(plain.winners[index]).toBe(
					((window.n * c.x[1] + window.channel) * height + winner.inputY) * width + winner.inputX
				);
			} else {
				expect(window.winner).toBeNull();
			}
		});
	});
});
