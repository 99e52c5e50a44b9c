import { describe, expect, it } from 'vitest';
import { centreDigit, DIGIT_SIDE } from '../../../../src/lib/engine/lessons/drawnDigit';

function drawing(width: number, height: number, rect: [number, number, number, number]) {
	const ink = new Float32Array(width * height);
	const [x0, y0, x1, y1] = rect;
	for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) ink[y * width + x] = 1;
	return ink;
}

function box(image: Float32Array) {
	let top = DIGIT_SIDE,
		bottom = -1,
		left = DIGIT_SIDE,
		right = -1;
	for (let y = 0; y < DIGIT_SIDE; y++)
		for (let x = 0; x < DIGIT_SIDE; x++)
			if (image[y * DIGIT_SIDE + x] > 0.05) {
				top = Math.min(top, y);
				bottom = Math.max(bottom, y);
				left = Math.min(left, x);
				right = Math.max(right, x);
			}
	return { top, bottom, left, right };
}

describe('centreDigit', () => {
	it('a blank drawing stays blank', () => {
		expect(Math.max(...centreDigit(new Float32Array(100 * 100), 100, 100))).toBe(0);
	});

	it('a tall bar drawn in a corner is scaled to 20 rows and centred', () => {
		const image = centreDigit(drawing(280, 280, [10, 10, 40, 130]), 280, 280);
		const b = box(image);
		expect(b.bottom - b.top + 1).toBe(20);
		expect(b.top).toBe(4);
		expect(Math.abs((b.left + b.right) / 2 - 13.5)).toBeLessThanOrEqual(1);
	});

	it('the same shape anywhere and at any size gives the same image', () => {
		const a = centreDigit(drawing(280, 280, [10, 10, 70, 130]), 280, 280);
		const b = centreDigit(drawing(280, 280, [150, 100, 180, 160]), 280, 280);
		expect(Array.from(a)).toEqual(Array.from(b));
	});

	it('refuses a size that does not match the values', () => {
		expect(() => centreDigit(new Float32Array(10), 4, 4)).toThrow(/4 x 4/);
	});
});
