import { describe, expect, it } from 'vitest';
import { conv2d } from '../../../../src/lib/engine/conv';
import {
	applyFilter,
	embedKernel,
	FILTER_PRESETS,
	filterPreset,
	valueRange
} from '../../../../src/lib/engine/lessons/filters';
import { ShapeError } from '../../../../src/lib/engine/shape';
import { tensor, zeros } from '../../../../src/lib/engine/tensor';
import { createRandom } from '../../../../src/lib/engine/random';

function randomImage(channels: number, height: number, width: number, seed: number) {
	const rng = createRandom(seed);
	const image = zeros([1, channels, height, width]);
	for (let i = 0; i < image.data.length; i++) image.data[i] = rng.int(256);
	return image;
}

describe('filter presets', () => {
	it('every preset is a square odd kernel with a unique id', () => {
		const ids = new Set(FILTER_PRESETS.map((preset) => preset.id));
		expect(ids.size).toBe(FILTER_PRESETS.length);
		for (const preset of FILTER_PRESETS) {
			expect(preset.weights.length).toBe(preset.size * preset.size);
			expect(preset.size % 2).toBe(1);
		}
	});

	it('blurs keep a flat image flat (weights sum to 1); edge detectors send it to 0', () => {
		const flat = tensor(new Array(3 * 7 * 7).fill(100), [1, 3, 7, 7]);
		for (const id of ['box', 'gaussian', 'sharpen', 'identity']) {
			const out = applyFilter(flat, filterPreset(id).weights, 0);
			// Centre pixel: the whole window is inside the image.
			expect(out.data[3 * 7 + 3]).toBeCloseTo(100, 4);
		}
		for (const id of ['vertical', 'horizontal', 'diagonal', 'sobel', 'laplacian']) {
			const out = applyFilter(flat, filterPreset(id).weights, 0);
			expect(out.data[3 * 7 + 3]).toBeCloseTo(0, 4);
		}
	});

	it('identity returns the image; invert returns 255 minus it', () => {
		const image = randomImage(3, 6, 5, 1);
		expect([...applyFilter(image, filterPreset('identity').weights).data]).toEqual([...image.data]);
		const inverted = applyFilter(
			image,
			filterPreset('invert').weights,
			filterPreset('invert').bias
		);
		expect([...inverted.data]).toEqual([...image.data].map((v) => 255 - v));
	});

	it('unknown preset names the ones that exist', () => {
		expect(() => filterPreset('blurry')).toThrow(ShapeError);
		expect(() => filterPreset('blurry')).toThrow(/use one of identity, vertical/);
	});
});

describe('applyFilter is a depthwise conv2d', () => {
	it.each([
		[1, 5, 3],
		[3, 8, 3],
		[3, 9, 5],
		[4, 6, 5]
	])('c=%i h=w=%i k=%i: each channel equals a 1-channel conv2d with padding (k-1)/2', (c, s, k) => {
		const rng = createRandom(c * 100 + s + k);
		const image = randomImage(c, s, s, c + s);
		const weights = Array.from({ length: k * k }, () => rng.uniform(-2, 2));
		const out = applyFilter(image, weights, 7);
		expect(out.shape).toEqual([1, c, s, s]);
		for (let channel = 0; channel < c; channel++) {
			const plane = tensor(image.data.slice(channel * s * s, (channel + 1) * s * s), [1, 1, s, s]);
			const single = conv2d(plane, tensor(weights, [1, 1, k, k]), tensor([7], [1]), {
				padding: (k - 1) / 2
			});
			expect([...out.data.slice(channel * s * s, (channel + 1) * s * s)]).toEqual([...single.data]);
		}
	});

	it('refuses an even or non-square kernel with a sentence', () => {
		const image = randomImage(3, 4, 4, 2);
		expect(() => applyFilter(image, [1, 2, 3, 4])).toThrow(/odd size/);
		expect(() => applyFilter(image, [1, 2, 3])).toThrow(/odd size/);
	});
});

describe('embedKernel and valueRange', () => {
	it('puts a 3x3 kernel in the middle of a 5x5 one, so the filter does the same inside', () => {
		const sobel = filterPreset('sobel').weights;
		const big = embedKernel(sobel, 3, 5);
		expect(big.length).toBe(25);
		expect(big.filter((w) => w !== 0).length).toBe(sobel.filter((w) => w !== 0).length);
		const image = randomImage(1, 9, 9, 3);
		const small = applyFilter(image, sobel);
		const large = applyFilter(image, big);
		for (let y = 2; y < 7; y++)
			for (let x = 2; x < 7; x++)
				expect(large.data[y * 9 + x]).toBeCloseTo(small.data[y * 9 + x], 3);
		expect(() => embedKernel(sobel, 3, 4)).toThrow(ShapeError);
	});

	it('finds the smallest and largest value', () => {
		expect(valueRange(tensor([3, -2, 9, 0], [4]))).toEqual({ min: -2, max: 9 });
	});
});
