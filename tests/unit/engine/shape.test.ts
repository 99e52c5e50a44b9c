import { describe, expect, it } from 'vitest';
import { conv2d } from '../../../src/lib/engine/conv';
import {
	convFit,
	convOutputSize,
	effectiveKernel,
	poolOutputSize,
	samePadding,
	ShapeError,
	transposedOutputSize
} from '../../../src/lib/engine/shape';
import { zeros } from '../../../src/lib/engine/tensor';
import { createRandom } from './ops-helpers';

// Relations of Dumoulin & Visin, "A guide to convolution arithmetic for deep learning" (2016).
describe('Dumoulin & Visin relations', () => {
	const sizes = [5, 6, 7, 8, 13, 28, 32];
	const kernels = [1, 2, 3, 4, 5];

	it.each(sizes)('i=%i: no zero padding, unit strides: o = i - k + 1 (relation 1)', (i) => {
		for (const k of kernels) expect(convOutputSize({ input: i, kernel: k })).toBe(i - k + 1);
	});

	it.each(sizes)('i=%i: zero padding, unit strides: o = i - k + 2p + 1 (relation 2)', (i) => {
		for (const k of kernels)
			for (const p of [0, 1, 2, 3])
				expect(convOutputSize({ input: i, kernel: k, padding: p })).toBe(i - k + 2 * p + 1);
	});

	it.each(sizes)('i=%i: half (same) padding, odd k, p = floor(k/2): o = i (relation 3)', (i) => {
		for (const k of [1, 3, 5, 7]) {
			expect(samePadding(k)).toBe(Math.floor(k / 2));
			expect(convOutputSize({ input: i, kernel: k, padding: samePadding(k) })).toBe(i);
		}
	});

	it.each(sizes)('i=%i: full padding, p = k - 1: o = i + k - 1 (relation 4)', (i) => {
		for (const k of kernels)
			expect(convOutputSize({ input: i, kernel: k, padding: k - 1 })).toBe(i + k - 1);
	});

	it.each(sizes)(
		'i=%i: non-unit strides: o = floor((i + 2p - k) / s) + 1 (relations 5, 6)',
		(i) => {
			for (const k of kernels)
				for (const s of [2, 3, 4])
					for (const p of [0, 1, 2]) {
						if (k > i + 2 * p) continue;
						expect(convOutputSize({ input: i, kernel: k, stride: s, padding: p })).toBe(
							Math.floor((i + 2 * p - k) / s) + 1
						);
					}
		}
	);

	it('dilation: k̂ = k + (k - 1)(d - 1), o = floor((i + 2p - k̂) / s) + 1 (relation 15)', () => {
		expect(effectiveKernel(3, 1)).toBe(3);
		expect(effectiveKernel(3, 2)).toBe(5);
		expect(effectiveKernel(3, 3)).toBe(7);
		expect(effectiveKernel(1, 5)).toBe(1);
		// The guide's figure: i = 7, k = 3, d = 2, s = 1, p = 0 gives o = 3.
		expect(convOutputSize({ input: 7, kernel: 3, dilation: 2 })).toBe(3);
		for (const i of sizes)
			for (const k of [2, 3])
				for (const d of [1, 2, 3])
					for (const s of [1, 2]) {
						const span = k + (k - 1) * (d - 1);
						if (span > i) continue;
						expect(convOutputSize({ input: i, kernel: k, dilation: d, stride: s })).toBe(
							Math.floor((i - span) / s) + 1
						);
					}
		expect(samePadding(3, 2)).toBe(2);
	});

	it("transposed: o' = s(i' - 1) + a + k - 2p, and it inverts the convolution's shape (relations 7-14)", () => {
		// The guide's figures: i'=2, k=3, s=1, p=0 -> 4 (full padding), i'=2, k=3, s=2, p=0 -> 5,
		// i'=3, k=3, s=2, p=1 -> 5, and with a = 1 -> 6.
		expect(transposedOutputSize({ input: 2, kernel: 3 })).toBe(4);
		expect(transposedOutputSize({ input: 2, kernel: 3, stride: 2 })).toBe(5);
		expect(transposedOutputSize({ input: 3, kernel: 3, stride: 2, padding: 1 })).toBe(5);
		expect(
			transposedOutputSize({ input: 3, kernel: 3, stride: 2, padding: 1, outputPadding: 1 })
		).toBe(6);
		for (const i of sizes)
			for (const k of kernels)
				for (const s of [1, 2, 3])
					for (const p of [0, 1]) {
						if (k > i + 2 * p) continue;
						const o = convOutputSize({ input: i, kernel: k, stride: s, padding: p });
						const a = (i + 2 * p - k) % s;
						expect(
							transposedOutputSize({ input: o, kernel: k, stride: s, padding: p, outputPadding: a })
						).toBe(i);
						expect(
							transposedOutputSize({ input: o, kernel: k, stride: s, padding: p, outputPadding: a })
						).toBe(s * (o - 1) + a + k - 2 * p);
					}
	});
});

describe('worked examples of the lessons', () => {
	it('4x4, kernel 2, stride 2, padding 1 gives 3 (lesson 9)', () => {
		expect(convOutputSize({ input: 4, kernel: 2, stride: 2, padding: 1 })).toBe(3);
		const fit = convFit({ input: 4, kernel: 2, stride: 2, padding: 1 });
		expect(fit).toMatchObject({ output: 3, exact: true, remainder: 0, uncovered: [], fixes: [] });
		expect(fit.message).toBe(
			'Stride 2 with kernel 2 and padding 1 fits the 4-wide input exactly, giving a 3x3 output'
		);
	});

	it('4x4, kernel 2, stride 3: rows and columns 3 and 4 are left uncovered; padding 1 or stride 2 fixes it (lesson 3)', () => {
		const fit = convFit({ input: 4, kernel: 2, stride: 3 });
		expect(fit.output).toBe(1);
		expect(fit.exact).toBe(false);
		expect(fit.remainder).toBe(2);
		// The only window covers indices 0 and 1; the stride jumps over 2 and the next window would
		// need index 4. The indices count from 0, the sentence from 1 as every figure does.
		expect(fit.uncovered).toEqual([2, 3]);
		expect(fit.uncovered).toContain(3);
		expect(fit.fixes).toEqual([{ padding: 1 }, { stride: 2 }]);
		expect(fit.message).toBe(
			'Stride 3 with kernel 2 leaves columns 3 and 4 (and rows 3 and 4) of the 4-wide input uncovered: use padding 1 or stride 2'
		);
		// Each fix does what it says: padding 1 reaches index 3 (column 4), stride 2 reads everything exactly.
		expect(convFit({ input: 4, kernel: 2, stride: 3, padding: 1 }).uncovered).not.toContain(3);
		expect(convFit({ input: 4, kernel: 2, stride: 2 })).toMatchObject({
			exact: true,
			uncovered: []
		});
	});

	it('stride larger than the kernel skips columns inside the input', () => {
		const fit = convFit({ input: 5, kernel: 2, stride: 3 }, 'columns');
		expect(fit).toMatchObject({ output: 2, exact: true, uncovered: [2], fixes: [{ stride: 1 }] });
		expect(fit.message).toBe(
			'Stride 3 with kernel 2 skips column 3 of the 5-wide input: use stride 1'
		);
	});

	it('8 wide, kernel 3, stride 2: the last row is lost; padding 1 or stride 1', () => {
		const fit = convFit({ input: 8, kernel: 3, stride: 2 }, 'rows');
		expect(fit).toMatchObject({
			output: 3,
			exact: false,
			remainder: 1,
			uncovered: [7],
			fixes: [{ padding: 1 }, { stride: 1 }]
		});
		expect(fit.message).toBe(
			'Stride 2 with kernel 3 leaves row 8 of the 8-wide input uncovered: use padding 1 or stride 1'
		);
	});

	it('32x32 with padding 2 is 36x36: a kernel 5 then gives 32 again (lesson 10)', () => {
		expect(convOutputSize({ input: 32, kernel: 5, padding: 2 })).toBe(32);
		expect(convOutputSize({ input: 36, kernel: 5 })).toBe(32);
	});
});

describe('pooling output sizes', () => {
	it.each([
		// [input, window, stride, drop, partial]
		[4, 2, 2, 2, 2],
		[5, 2, 2, 2, 3],
		[7, 3, 2, 3, 3],
		[6, 3, 2, 2, 3],
		[7, 2, 3, 2, 3],
		[5, 1, 3, 2, 2], // the third partial window would start outside the input: never
		[28, 2, 2, 14, 14]
	])('i=%i w=%i s=%i: drop %i, partial %i', (input, window, stride, drop, partial) => {
		expect(poolOutputSize({ input, window, stride, edge: 'drop' })).toBe(drop);
		expect(poolOutputSize({ input, window, stride, edge: 'partial' })).toBe(partial);
	});
	it('stride defaults to the window', () => {
		expect(poolOutputSize({ input: 6, window: 3 })).toBe(2);
	});
});

describe("shape arithmetic agrees with conv2d's actual output on random configurations", () => {
	const rng = createRandom(2024);
	const configs = Array.from({ length: 40 }, () => {
		const height = 1 + rng.int(10);
		const width = 1 + rng.int(10);
		const kernel = 1 + rng.int(4);
		const dilation = 1 + rng.int(3);
		const stride = 1 + rng.int(4);
		const span = kernel + (kernel - 1) * (dilation - 1);
		const minimumPadding = Math.max(0, Math.ceil((span - Math.min(height, width)) / 2));
		const padding = minimumPadding + rng.int(3);
		return { height, width, kernel, dilation, stride, padding };
	});
	it.each(
		configs.map(
			(c) =>
				[
					`x=[1,1,${c.height},${c.width}] k=${c.kernel} s=${c.stride} p=${c.padding} d=${c.dilation}`,
					c
				] as const
		)
	)('%s', (_label, c) => {
		const out = conv2d(
			zeros([1, 1, c.height, c.width]),
			zeros([1, 1, c.kernel, c.kernel]),
			null,
			c
		);
		const axis = { kernel: c.kernel, stride: c.stride, padding: c.padding, dilation: c.dilation };
		expect(out.shape[2]).toBe(convOutputSize({ input: c.height, ...axis }));
		expect(out.shape[3]).toBe(convOutputSize({ input: c.width, ...axis }));
		expect(convFit({ input: c.width, ...axis }).output).toBe(out.shape[3]);
		// uncovered is exactly the set of columns no weight multiplies: a one-hot input there gives all zeros.
		const fit = convFit({ input: c.width, ...axis });
		for (let column = 0; column < c.width; column++) {
			// A square probe whose whole column is 1: some window reads it iff the column is covered.
			const probe = zeros([1, 1, c.width, c.width]);
			for (let row = 0; row < c.width; row++) probe.data[row * c.width + column] = 1;
			const ones = {
				shape: [1, 1, c.kernel, c.kernel],
				data: new Float32Array(c.kernel * c.kernel).fill(1)
			};
			const seen = conv2d(probe, ones, null, {
				stride: c.stride,
				padding: c.padding,
				dilation: c.dilation
			});
			expect(seen.data.some((v) => v !== 0)).toBe(!fit.uncovered.includes(column));
		}
	});
});

// Issue 16, bug 2: with dilation the fix named the padded width as the largest kernel, which with
// dilation 4 spans far more than the input. The largest kernel (and dilation) are those whose span fits.
describe('too large a dilated kernel: the message names the largest kernel and dilation that fit', () => {
	it.each([
		// [input, kernel, padding, dilation, largest kernel, largest dilation, padding needed, message]
		[
			9,
			5,
			3,
			4,
			4,
			3,
			4,
			'spans 17, larger than the 15-wide padded input: use a kernel of at most 4 (or a dilation of at most 3), or padding 4'
		],
		[
			7,
			5,
			0,
			2,
			4,
			1,
			1,
			'spans 9, larger than the 7-wide input: use a kernel of at most 4 (or dilation 1), or padding 1'
		],
		[
			2,
			3,
			0,
			3,
			1,
			0,
			3,
			'spans 7, larger than the 2-wide input: use a kernel of at most 1, or padding 3'
		],
		[
			6,
			3,
			0,
			4,
			2,
			2,
			2,
			'spans 9, larger than the 6-wide input: use a kernel of at most 2 (or a dilation of at most 2), or padding 2'
		]
	])(
		'input %i, kernel %i, padding %i, dilation %i: kernel %i, dilation %i or padding %i',
		(input, kernel, padding, dilation, maxKernel, maxDilation, neededPadding, message) => {
			const axis = { input, kernel, padding, dilation };
			expect(() => convOutputSize(axis)).toThrow(
				`kernel ${kernel} with dilation ${dilation} ${message}`
			);
			// Every number the message offers works, and one more (or less) does not.
			expect(convOutputSize({ ...axis, kernel: maxKernel })).toBeGreaterThan(0);
			expect(() => convOutputSize({ ...axis, kernel: maxKernel + 1 })).toThrow();
			if (maxDilation > 0)
				expect(convOutputSize({ ...axis, dilation: maxDilation })).toBeGreaterThan(0);
			expect(() => convOutputSize({ ...axis, dilation: maxDilation + 1 })).toThrow();
			expect(convOutputSize({ ...axis, padding: neededPadding })).toBeGreaterThan(0);
			expect(() => convOutputSize({ ...axis, padding: neededPadding - 1 })).toThrow();
		}
	);

	it('without dilation the sentence is as before', () => {
		expect(() => convOutputSize({ input: 4, kernel: 5 })).toThrow(
			'kernel 5, larger than the 4-wide input: use a kernel of at most 4, or padding 1'
		);
	});
});

// Issue 16, bug 8: a placement whose only unread cells are padding loses nothing, so it fits: no
// warning, no fix. Only real input cells that no window reads make a configuration not fit.
describe('a fit is about the input cells: padding left unread is not a problem', () => {
	it.each([
		// [input, kernel, stride, padding, dilation, fits, remainder, uncovered, fixes]
		[8, 5, 4, 3, 1, true, 1, [], []],
		[6, 3, 2, 1, 1, true, 1, [], []],
		[4, 2, 2, 1, 1, true, 0, [], []],
		[4, 2, 3, 0, 1, false, 2, [2, 3], [{ padding: 1 }, { stride: 2 }]],
		[8, 3, 2, 0, 1, false, 1, [7], [{ padding: 1 }, { stride: 1 }]],
		[5, 2, 3, 0, 1, false, 0, [2], [{ stride: 1 }]],
		[7, 4, 3, 2, 1, true, 1, [], []]
	] as const)(
		'input %i, kernel %i, stride %i, padding %i, dilation %i: fits %s',
		(input, kernel, stride, padding, dilation, fits, remainder, uncovered, fixes) => {
			const fit = convFit({ input, kernel, stride, padding, dilation });
			expect(fit).toMatchObject({ fits, remainder, uncovered, fixes });
			expect(fit.exact).toBe(remainder === 0);
		}
	);

	it('8 wide, kernel 5, stride 4, padding 3 (lesson 3): the sentence says it fits and why', () => {
		expect(convFit({ input: 8, kernel: 5, stride: 4, padding: 3 }).message).toBe(
			'Stride 4 with kernel 5 and padding 3 fits the 8-wide input, giving a 3x3 output: every cell is read, only the last padding cell is not'
		);
		expect(convFit({ input: 5, kernel: 2, stride: 2, padding: 2 }, 'rows').message).toBe(
			'Stride 2 with kernel 2 and padding 2 fits the 5-wide input, giving 4 output rows: every cell is read, only the last padding cell is not'
		);
	});
});

// Issue 14's principle: the engine speaks no human language. Beside each English sentence, the facts.
describe('errors and fits carry their facts, for figures that phrase them in another language', () => {
	const problemOf = (run: () => unknown) => {
		try {
			run();
		} catch (error) {
			if (error instanceof ShapeError) return error.problem;
			throw error;
		}
		throw new Error('no ShapeError');
	};

	it('a dilated kernel too large for the input', () => {
		expect(
			problemOf(() => convOutputSize({ input: 9, kernel: 5, padding: 3, dilation: 4 }))
		).toEqual({
			kind: 'kernel-too-large',
			kernel: 5,
			dilation: 4,
			span: 17,
			paddedInput: 15,
			padding: 3,
			largestKernel: 4,
			largestDilation: 3,
			paddingNeeded: 4
		});
	});

	it('a setting that is not a whole number, a window too large, a wrong shape', () => {
		expect(problemOf(() => convOutputSize({ input: 5, kernel: 3, stride: 0 }))).toEqual({
			kind: 'not-whole',
			setting: 'stride',
			value: 0,
			minimum: 1
		});
		expect(problemOf(() => convOutputSize({ input: 2.5, kernel: 1 }))).toMatchObject({
			setting: 'input'
		});
		expect(problemOf(() => poolOutputSize({ input: 3, window: 4 }))).toEqual({
			kind: 'window-too-large',
			window: 4,
			input: 3
		});
		expect(problemOf(() => conv2d(zeros([1, 1, 5]), zeros([1, 1, 3, 3]), null))).toEqual({
			kind: 'rank',
			name: 'input',
			actual: [1, 1, 5],
			rank: 4
		});
	});

	it('a fit says which cells are skipped and which are left over', () => {
		expect(convFit({ input: 4, kernel: 2, stride: 3 })).toMatchObject({
			skipped: [],
			leftOver: [2, 3]
		});
		expect(convFit({ input: 5, kernel: 2, stride: 3 })).toMatchObject({
			skipped: [2],
			leftOver: []
		});
	});
});
