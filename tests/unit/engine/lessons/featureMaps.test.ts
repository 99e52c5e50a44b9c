import { describe, expect, it } from 'vitest';
import { chelseaGrey } from '../../../../src/lib/data/chelsea';
import { conv2d } from '../../../../src/lib/engine/conv';
import {
	EDGE_FILTERS,
	edgeFeatureMap,
	edgeFilter,
	integerMatrix,
	reluEffect
} from '../../../../src/lib/engine/lessons/featureMaps';
import { ShapeError } from '../../../../src/lib/engine/shape';
import { tensor } from '../../../../src/lib/engine/tensor';

describe('edge feature maps', () => {
	it('the photo is 120 x 80 grey bytes (lesson 2’s photo)', () => {
		const photo = chelseaGrey();
		expect(photo.shape).toEqual([1, 1, 80, 120]);
		expect(Math.min(...photo.data)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...photo.data)).toBeLessThanOrEqual(255);
		expect(Math.max(...photo.data)).toBeGreaterThan(150);
	});

	it.each(EDGE_FILTERS.map((f) => [f.name]))(
		'filter=%s, no padding: 120 x 80 gives 118 x 78',
		(name) => {
			const map = edgeFeatureMap(chelseaGrey(), edgeFilter(name).name);
			expect(map.shape).toEqual([1, 1, 78, 118]);
		}
	);

	it('vertical edges on a step image: positive where brightness rises to the right, 0 on flat parts', () => {
		// 3 x 4 image: dark left half, bright right half.
		const image = tensor([0, 0, 10, 10, 0, 0, 10, 10, 0, 0, 10, 10], [1, 1, 3, 4]);
		const map = edgeFeatureMap(image, 'vertical');
		// One row of two values, (right - left) * (1 + 2 + 1), centred on columns 1 and 2.
		expect(map.shape).toEqual([1, 1, 1, 2]);
		expect(Array.from(map.data)).toEqual([40, 40]);
	});

	it('is the engine convolution, value for value', () => {
		const photo = chelseaGrey();
		const map = edgeFeatureMap(photo, 'horizontal');
		const direct = conv2d(photo, tensor(edgeFilter('horizontal').weights, [1, 1, 3, 3]), null);
		expect(map.data).toEqual(direct.data);
	});

	it('an unknown filter says which names exist', () => {
		expect(() => edgeFilter('blur')).toThrow(ShapeError);
		expect(() => edgeFilter('blur')).toThrow(/'vertical', 'horizontal'/);
	});
});

describe('reluEffect', () => {
	it('counts the negatives it zeroes and the zeros already there', () => {
		const effect = reluEffect(tensor([-3, 0, 2, -0.5, 7, 0], [1, 1, 2, 3]));
		expect(Array.from(effect.output.data)).toEqual([0, 0, 2, 0, 7, 0]);
		expect(effect.zeroed).toBe(2);
		expect(effect.alreadyZero).toBe(2);
		expect(effect.total).toBe(6);
	});

	it('on a real feature map, roughly half the values of an edge map are negative', () => {
		const effect = reluEffect(edgeFeatureMap(chelseaGrey(), 'vertical'));
		expect(effect.zeroed / effect.total).toBeGreaterThan(0.2);
		expect(effect.zeroed / effect.total).toBeLessThan(0.8);
		expect(Math.min(...effect.output.data)).toBe(0);
	});
});

describe('integerMatrix', () => {
	it('rows=5 columns=4 range=9: whole numbers in [-9, 9], the same for the same seed', () => {
		const a = integerMatrix(5, 4, 9, 3);
		expect(a.shape).toEqual([1, 1, 5, 4]);
		expect(a.data.every((v) => Number.isInteger(v) && v >= -9 && v <= 9)).toBe(true);
		expect(integerMatrix(5, 4, 9, 3).data).toEqual(a.data);
		expect(integerMatrix(5, 4, 9, 4).data).not.toEqual(a.data);
	});

	it('low=0 high=9: non-negative, like a feature map after ReLU', () => {
		const m = integerMatrix(6, 6, 9, 2, 0);
		expect(m.data.every((v) => v >= 0 && v <= 9)).toBe(true);
		expect(new Set(m.data).size).toBeGreaterThan(4);
	});

	it('refuses a size of 0', () => {
		expect(() => integerMatrix(0, 3, 9, 1)).toThrow(ShapeError);
	});
});
