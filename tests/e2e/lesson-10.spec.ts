import { expect, test, type Page } from '@playwright/test';
import { conv2dBackward } from '../../src/lib/engine/conv';
import { pixelAt } from '../../src/lib/engine/image';
import { pad2d } from '../../src/lib/engine/pad';
import { convOutputSize, samePadding } from '../../src/lib/engine/shape';
import { full } from '../../src/lib/engine/tensor';
import { coffeeTensor } from '../../src/lib/data/coffee32';
import { collectErrors, open } from './helpers';

const url = '/lessons/10-padding';

function figure(page: Page, title: string) {
	return page.getByRole('figure', { name: title });
}

test.describe('lesson 10 figures', () => {
	test('padded photo: 32 × 32 with padding 2 is 36 × 36 on every channel; keyboard and pointer read the engine values', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const box = figure(page, 'Zero padding around a 32 × 32 colour image');
		const description = box.locator('[aria-live="polite"]');
		const readout = box.getByTestId('padded-pixel');
		const image = coffeeTensor();

		let padded = pad2d(image, 2);
		expect(padded.shape).toEqual([1, 3, 36, 36]);
		await expect(box.getByTestId('padded-shape')).toContainText('3 × 32 × 32');
		await expect(box.getByTestId('padded-shape')).toContainText('3 × 36 × 36');
		await expect(description).toContainText('shape [1, 3, 32, 32] becomes [1, 3, 36, 36]');
		await expect(description).toContainText('272 zeros, 816 in all (3,072 numbers become 3,888)');
		await expect(description).toContainText('no channel is added');
		// Four grids: colour and the three channels, no fourth channel.
		await expect(box.getByRole('application')).toHaveCount(4);
		await expect(readout).toContainText('Row 1, column 1: a padding cell: r = 0, g = 0, b = 0');

		// Keyboard: two steps right and two down reach the photo's first pixel.
		await box.getByRole('application', { name: /Green channel/ }).focus();
		for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown']) {
			await page.keyboard.press(key);
		}
		const [r, g, b] = pixelAt(padded, 2, 2);
		expect([r, g, b]).toEqual(pixelAt(image, 0, 0));
		await expect(readout).toContainText(`photo pixel (1, 1): r = ${r}, g = ${g}, b = ${b}`);

		// Pointer: the centre of cell (row 20, column 10) of the colour grid.
		const grid = (await box.getByRole('application').first().locator('svg').boundingBox())!;
		await page.mouse.move(grid.x + grid.width * (9.5 / 36), grid.y + grid.height * (19.5 / 36));
		const value = pixelAt(padded, 19, 9);
		await expect(readout).toContainText(
			`Row 20, column 10: photo pixel (18, 8): r = ${value[0]}, g = ${value[1]}, b = ${value[2]}`
		);

		// The padding control: 4 gives 40 × 40; the same photo pixel stays selected.
		const slider = box.getByRole('slider', { name: 'Padding', exact: true });
		await slider.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		padded = pad2d(image, 4);
		await expect(box.getByTestId('padded-shape')).toContainText('3 × 40 × 40');
		await expect(readout).toContainText(`Row 22, column 12: photo pixel (18, 8)`);
		expect(pixelAt(padded, 21, 11)).toEqual(value);
		// Padding 0: the photo alone.
		await slider.fill('0');
		await expect(box.getByTestId('padded-shape')).toContainText('3 × 32 × 32');
		await expect(description).toContainText('Each of the 3 channels gets 0 zeros, 0 in all');
		expect(errors).toEqual([]);
	});

	test('same padding: window counts from the engine, "same" button, an even kernel explained, stepping', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const box = figure(page, '“Same” padding keeps the size');
		const description = box.locator('[aria-live="polite"]');
		const size = box.getByTestId('output-size');

		const coverage = (input: number, kernel: number, padding: number) => {
			const output = convOutputSize({ input, kernel, padding });
			return conv2dBackward(
				full([1, 1, input, input], 1),
				full([1, 1, kernel, kernel], 1),
				full([1, 1, output, output], 1),
				{ padding }
			).gradInput.data;
		};

		// 6 × 6, kernel 3, no padding: 4 × 4; corners read once, the most-read 9 times.
		await expect(size).toHaveText(`6 × 6 in, ${convOutputSize({ input: 6, kernel: 3 })} × 4 out`);
		let counts = coverage(6, 3, 0);
		await expect(description).toContainText(
			`Corner pixels are read by ${counts[0]} window, the most-read pixels by ${Math.max(...counts)}`
		);
		await expect(box.locator('svg').first().locator('text')).toHaveCount(36);

		await box.getByRole('button', { name: 'Use “same” padding' }).click();
		await expect(box.getByLabel('Padding', { exact: true })).toHaveValue(String(samePadding(3)));
		await expect(size).toHaveText('6 × 6 in, 6 × 6 out: the same size');
		counts = coverage(6, 3, 1);
		await expect(description).toContainText(`Corner pixels are read by ${counts[0]} windows`);
		// 8 × 8 padded grid: 28 zeros in the ring, 36 window counts inside.
		const labels = await box.locator('svg').first().locator('text').allTextContents();
		expect(labels.filter((text) => text === '0')).toHaveLength(28);
		expect(
			labels.filter((text) => text.startsWith('×')).map((text) => Number(text.slice(1)))
		).toEqual(Array.from(counts));

		// Keyboard stepping: the window moves along the output.
		await expect(description).toContainText(
			'Window 1 of 36, output row 1, column 1, covers 5 padding zeros'
		);
		await box.getByRole('button', { name: 'Step forward' }).click();
		await expect(description).toContainText(
			'Window 2 of 36, output row 1, column 2, covers 3 padding zeros'
		);
		await box.getByRole('application', { name: /The output/ }).focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowRight');
		await expect(description).toContainText(
			'Window 9 of 36, output row 2, column 3, covers 0 padding zeros'
		);
		// Pointer on the output grid: last cell.
		const out = (await box
			.getByRole('application', { name: /The output/ })
			.locator('svg')
			.boundingBox())!;
		await page.mouse.click(out.x + out.width * (5.5 / 6), out.y + out.height * (5.5 / 6));
		await expect(description).toContainText('Window 36 of 36');

		// Kernel 5: same padding is 2.
		await box.getByLabel('Kernel size').fill('5');
		await box.getByRole('button', { name: 'Use “same” padding' }).click();
		await expect(box.getByLabel('Padding', { exact: true })).toHaveValue(String(samePadding(5)));
		await expect(size).toHaveText('6 × 6 in, 6 × 6 out: the same size');

		// An even kernel has no same padding: the engine's sentence, settings kept.
		await box.getByLabel('Kernel size').fill('4');
		await box.getByRole('button', { name: 'Use “same” padding' }).click();
		await expect(box.getByRole('alert')).toContainText(
			'an even number: no symmetric padding keeps the size'
		);
		await expect(box.getByLabel('Padding', { exact: true })).toHaveValue('2');
		await expect(box.getByLabel('Input size')).toHaveValue('6');

		// A kernel larger than the input: the engine's sentence instead of a crash.
		await box.getByLabel('Padding', { exact: true }).fill('0');
		await box.getByLabel('Input size').fill('3');
		await box.getByLabel('Kernel size').fill('7');
		await expect(box.getByTestId('padding-error')).toContainText(
			'kernel 7, larger than the 3-wide input'
		);
		await box.getByLabel('Padding', { exact: true }).fill('2');
		await expect(size).toHaveText('3 × 3 in, 1 × 1 out');
		expect(errors).toEqual([]);
	});

	test('the same-padding figure stands alone, settings in the link, arrow keys step', async ({
		page
	}) => {
		await open(page, '/widgets/same-padding?input=5&kernel=3&padding=1');
		const box = page.getByRole('figure');
		await expect(box.getByTestId('output-size')).toHaveText('5 × 5 in, 5 × 5 out: the same size');
		await page.locator('h1').click();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(box.locator('[aria-live="polite"]')).toContainText('Window 3 of 25');
		await expect(page).toHaveURL(/step=3/);
	});

	test('same padding: −5 or 0.5 in the Padding box stays with a message; the figure keeps its padding (issue 16)', async ({
		page
	}) => {
		await open(page, url);
		const box = figure(page, '“Same” padding keeps the size');
		const size = box.getByTestId('output-size');
		const padding = box.getByLabel('Padding', { exact: true });
		await padding.fill('1');
		await expect(size).toHaveText('6 × 6 in, 6 × 6 out: the same size');
		for (const text of ['-5', '0.5']) {
			await padding.fill(text);
			await expect(box.getByRole('alert')).toContainText(`“${text}” is not a padding`);
			await expect(padding).toHaveValue(text);
			await expect(size).toHaveText('6 × 6 in, 6 × 6 out: the same size');
		}
	});
});
