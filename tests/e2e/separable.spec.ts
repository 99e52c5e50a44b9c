import { expect, test } from '@playwright/test';
import { conv2d } from '../../src/lib/engine/conv';
import { filterPreset } from '../../src/lib/engine/lessons/filters';
import { createRandom } from '../../src/lib/engine/random';
import { tensor } from '../../src/lib/engine/tensor';
import { collectErrors, open } from './helpers';

const text = (values: ArrayLike<number>) =>
	Array.from(values, (v) => {
		const rounded = Number(v.toFixed(2));
		return Math.abs(rounded) < 1e-3 ? '0' : String(rounded).replace('-', '−');
	});

test('lesson 04, spatially separable: the column then the row give the 3 x 3 result, as the engine computes', async ({
	page
}) => {
	const errors = collectErrors(page);
	await open(page, '/lessons/04-the-convolution-family');
	const box = page.getByRole('figure', { name: 'A 3 × 3 kernel as a column, then a row' });
	const random = createRandom(4);
	const input = tensor(
		Array.from({ length: 49 }, () => random.int(10)),
		[1, 1, 7, 7]
	);
	const cases = [
		{ kernel: 'sobel', label: 'Sobel (vertical)', column: [1, 2, 1], row: [-1, 0, 1] },
		{
			kernel: 'gaussian',
			label: 'Gaussian blur',
			column: [0.25, 0.5, 0.25],
			row: [0.25, 0.5, 0.25]
		}
	];
	for (const { kernel, label, column, row } of cases) {
		await box.getByRole('combobox', { name: 'Kernel' }).selectOption({ label });
		const square = conv2d(input, tensor(filterPreset(kernel).weights, [1, 1, 3, 3]), null);
		const separable = conv2d(
			conv2d(input, tensor(column, [1, 1, 3, 1]), null),
			tensor(row, [1, 1, 1, 3]),
			null
		);
		expect(text(separable.data)).toEqual(text(square.data));
		// The grid labels are drawn on a canvas; the description and verdict carry the numbers.
		await expect(box.locator('[aria-live="polite"]')).toContainText(
			`give exactly the same 5 by 5 result as the 3 by 3 kernel, with 180 multiplications instead of 225`
		);
		await expect(box.locator('.verdict')).toContainText('Both paths give the same numbers');
	}
	expect(errors).toEqual([]);
});
