import { describe, expect, it } from 'vitest';
import { conv2d } from '../../../src/lib/engine/conv';
import { isPaddingCell, pad2d, pad2dBackward } from '../../../src/lib/engine/pad';
import { ShapeError } from '../../../src/lib/engine/shape';
import { at4, tensor } from '../../../src/lib/engine/tensor';
import { createRandom, expectGradient, randomTensor, weightedSum } from './ops-helpers';

describe('pad2d', () => {
	it('x=[1,3,32,32] p=2 gives [1,3,36,36]: every channel padded, no channel added', () => {
		const rng = createRandom(7);
		const image = randomTensor([1, 3, 32, 32], rng, 255);
		const padded = pad2d(image, 2);
		expect(padded.shape).toEqual([1, 3, 36, 36]);
		for (let c = 0; c < 3; c++) {
			expect(at4(padded, 0, c, 0, 0)).toBe(0);
			expect(at4(padded, 0, c, 1, 20)).toBe(0);
			expect(at4(padded, 0, c, 35, 35)).toBe(0);
			expect(at4(padded, 0, c, 20, 34)).toBe(0);
			expect(at4(padded, 0, c, 2, 2)).toBe(at4(image, 0, c, 0, 0));
			expect(at4(padded, 0, c, 33, 33)).toBe(at4(image, 0, c, 31, 31));
			expect(at4(padded, 0, c, 10, 17)).toBe(at4(image, 0, c, 8, 15));
		}
		// 36² − 32² = 272 zeros per channel.
		let zerosAdded = 0;
		for (let i = 0; i < padded.data.length; i++) if (padded.data[i] === 0) zerosAdded++;
		expect(zerosAdded).toBe(3 * 272);
	});

	it('x=[2,1,2,3] p=1 by hand, and p=0 is a copy', () => {
		const x = tensor([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [2, 1, 2, 3]);
		const padded = pad2d(x, 1);
		expect(padded.shape).toEqual([2, 1, 4, 5]);
		expect(Array.from(padded.data.slice(0, 20))).toEqual([
			0, 0, 0, 0, 0, 0, 1, 2, 3, 0, 0, 4, 5, 6, 0, 0, 0, 0, 0, 0
		]);
		expect(Array.from(padded.data.slice(20, 40))).toEqual([
			0, 0, 0, 0, 0, 0, 7, 8, 9, 0, 0, 10, 11, 12, 0, 0, 0, 0, 0, 0
		]);
		const same = pad2d(x, 0);
		expect(Array.from(same.data)).toEqual(Array.from(x.data));
		expect(same.data).not.toBe(x.data);
	});

	it('a constant other than zero fills the border', () => {
		const padded = pad2d(tensor([5], [1, 1, 1, 1]), 1, -1);
		expect(Array.from(padded.data)).toEqual([-1, -1, -1, -1, 5, -1, -1, -1, -1]);
	});

	it('a convolution with padding P equals pad2d then a convolution without padding', () => {
		const rng = createRandom(3);
		const x = randomTensor([1, 2, 5, 6], rng);
		const w = randomTensor([3, 2, 3, 3], rng);
		const withPadding = conv2d(x, w, null, { padding: 2, stride: 2 });
		const padFirst = conv2d(pad2d(x, 2), w, null, { stride: 2 });
		expect(padFirst.shape).toEqual(withPadding.shape);
		for (let i = 0; i < padFirst.data.length; i++) {
			expect(padFirst.data[i]).toBeCloseTo(withPadding.data[i], 5);
		}
	});

	it('gradient check x=[1,2,3,4] p=2', () => {
		const rng = createRandom(11);
		const x = randomTensor([1, 2, 3, 4], rng);
		const gradOutput = randomTensor([1, 2, 7, 8], rng);
		const loss = () => weightedSum(pad2d(x, 2), gradOutput);
		const gradInput = pad2dBackward(gradOutput, 2);
		expect(gradInput.shape).toEqual([1, 2, 3, 4]);
		expectGradient('input', loss, x.data, gradInput.data);
	});

	it.each([
		['p=-1', -1],
		['p=1.5', 1.5]
	])('%s throws a ShapeError that says what to use', (_label, padding) => {
		expect(() => pad2d(tensor([1], [1, 1, 1, 1]), padding)).toThrow(ShapeError);
		expect(() => pad2d(tensor([1], [1, 1, 1, 1]), padding)).toThrow(/use padding 0/);
	});

	it('a 3-axis input is refused with the axes to use', () => {
		expect(() => pad2d(tensor([1, 2, 3, 4], [1, 2, 2]), 1)).toThrow(/batch, channels/);
	});

	it('backward refuses to crop more than there is', () => {
		expect(() => pad2dBackward(tensor([1, 2, 3, 4], [1, 1, 2, 2]), 1)).toThrow(ShapeError);
	});

	it('isPaddingCell marks the border only', () => {
		expect(isPaddingCell(0, 5, 6, 6, 1)).toBe(true);
		expect(isPaddingCell(5, 3, 6, 6, 1)).toBe(true);
		expect(isPaddingCell(1, 1, 6, 6, 1)).toBe(false);
		expect(isPaddingCell(4, 4, 6, 6, 1)).toBe(false);
		expect(isPaddingCell(3, 3, 6, 6, 0)).toBe(false);
	});
});
