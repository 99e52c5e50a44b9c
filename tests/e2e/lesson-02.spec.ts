import { expect, test, type Locator, type Page } from '@playwright/test';
import { applyFilter, filterPreset, valueRange } from '../../src/lib/engine/lessons/filters';
import { fromRGBA } from '../../src/lib/engine/image';
import { heUniform } from '../../src/lib/engine/init';
import { createRandom } from '../../src/lib/engine/random';
import { collectErrors, open } from './helpers';

const url = '/lessons/02-convolution-and-filters';

function figure(page: Page, title: string) {
	return page.getByRole('figure', { name: title });
}

/** The figures' number format: up to `digits` decimals, a true minus sign. */
function format(value: number, digits = 3): string {
	if (Math.abs(value) < 10 ** -(digits + 1)) return '0';
	return String(Number(value.toFixed(digits))).replace('-', '−');
}

/** The RGBA bytes a canvas shows, read back from the page. */
async function canvasPixels(
	canvas: Locator
): Promise<{ data: number[]; width: number; height: number }> {
	return canvas.evaluate((element) => {
		const c = element as HTMLCanvasElement;
		const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		return { data: Array.from(data), width: c.width, height: c.height };
	});
}

test.describe('lesson 02 figures', () => {
	test('the gallery: every filter is the engine’s depthwise convolution of the photo', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const gallery = figure(page, 'Eleven filters, one photo');
		const description = gallery.locator('[aria-live="polite"]');
		await expect(description).toContainText('the photo of a cat (120 × 80 pixels, 3 channels)');
		await expect(description).toContainText('Sobel (vertical) applied');

		const original = await canvasPixels(gallery.getByRole('img', { name: 'The original picture' }));
		expect([original.width, original.height]).toEqual([120, 80]);
		const photo = fromRGBA(original.data, 120, 80, 3);

		// Sobel: the range in the sentence and the pixels drawn (absolute value) are the engine's.
		const sobel = applyFilter(photo, filterPreset('sobel').weights, 0);
		const range = valueRange(sobel);
		await expect(description).toContainText(
			`from ${format(range.min, 1)} to ${format(range.max, 1)}; each value is drawn as its absolute value`
		);
		const filtered = await canvasPixels(
			gallery.getByRole('img', { name: 'The picture after the Sobel (vertical) filter' })
		);
		for (const [y, x] of [
			[10, 10],
			[40, 60],
			[79, 119]
		]) {
			for (let c = 0; c < 3; c++) {
				const value = sobel.data[(c * 80 + y) * 120 + x];
				const shown = filtered.data[(y * 120 + x) * 4 + c];
				expect(Math.abs(shown - Math.min(255, Math.abs(value)))).toBeLessThanOrEqual(1);
			}
		}

		// Keyboard: Tab from Sobel to the next filter, Enter chooses it.
		await gallery.getByRole('button', { name: 'Sobel (vertical)' }).focus();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(gallery.getByRole('button', { name: 'Laplacian' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		const laplacian = valueRange(applyFilter(photo, filterPreset('laplacian').weights, 0));
		await expect(description).toContainText('rows (0 1 0), (1 −4 1), (0 1 0), bias 0');
		await expect(description).toContainText(
			`from ${format(laplacian.min, 1)} to ${format(laplacian.max, 1)}`
		);

		// Pointer: invert uses the bias; the picture drawn is 255 minus the photo.
		await gallery.getByRole('button', { name: 'Invert' }).click();
		await expect(description).toContainText('bias 255');
		const inverted = await canvasPixels(
			gallery.getByRole('img', { name: 'The picture after the Invert filter' })
		);
		for (const i of [0, 4 * 1000, 4 * 5000 + 1, 4 * 9599 + 2]) {
			expect(inverted.data[i]).toBe(255 - original.data[i]);
		}

		// Another mapping of negative values, said in words.
		await gallery.getByRole('button', { name: 'Vertical edges' }).click();
		await gallery.getByLabel('Negative values').selectOption('clamp');
		await expect(description).toContainText('values below 0 are drawn black');
		await expect(gallery.getByText('How it is drawn:')).toBeVisible();

		// The robot of lesson 1.
		await gallery.getByRole('button', { name: 'The robot' }).click();
		await expect(description).toContainText('the robot (16 × 16 pixels, 3 channels)');
		expect(errors).toEqual([]);
	});

	test('the kernel editor: typed and nudged weights, filtered by the engine as you type', async ({
		page
	}) => {
		await open(page, url);
		const editor = figure(page, 'Write your own kernel');
		const description = editor.locator('[aria-live="polite"]');
		await expect(description).toContainText('the photo of a cat');
		await editor.getByLabel('Start from').selectOption('identity');
		const centre = editor.getByRole('textbox', { name: 'Weight, row 2, column 2' });
		await expect(centre).toHaveValue('1');

		// Arrow keys nudge a weight by 1.
		await centre.focus();
		await page.keyboard.press('ArrowDown');
		await expect(centre).toHaveValue('0');
		await expect(description).toContainText('rows (0 0 0), (0 0 0), (0 0 0), bias 0');
		await expect(description).toContainText('add up to 0');
		await page.keyboard.press('Shift+ArrowUp');
		await expect(centre).toHaveValue('0.1');

		// Typing: the output range is the engine's convolution with the typed kernel.
		const corner = editor.getByRole('textbox', { name: 'Weight, row 1, column 1' });
		await corner.fill('2');
		await centre.fill('-1');
		await expect(description).toContainText('rows (2 0 0), (0 −1 0), (0 0 0)');
		const original = await canvasPixels(editor.getByRole('img', { name: 'The original picture' }));
		const photo = fromRGBA(original.data, 120, 80, 3);
		const range = valueRange(applyFilter(photo, [2, 0, 0, 0, -1, 0, 0, 0, 0], 0));
		await expect(description).toContainText(
			`Results go from ${format(range.min, 1)} to ${format(range.max, 1)}`
		);

		// Not a weight (a word, or a number too large to filter with): said in words, the last value
		// stays in use.
		for (const text of ['abc', '1e99']) {
			await corner.fill(text);
			await expect(editor.getByRole('alert')).toContainText(`“${text}” is not a weight`);
			await expect(editor.getByRole('alert')).toContainText(
				'The picture keeps 2 at row 1, column 1'
			);
			await expect(description).toContainText('rows (2 0 0)');
		}
		await corner.fill('0');
		await expect(editor.getByRole('alert')).toHaveCount(0);

		// 5 x 5: the 3 x 3 stays in the middle.
		await editor.getByLabel('Kernel size').selectOption('5');
		await expect(editor.getByRole('textbox', { name: /^Weight,/ })).toHaveCount(25);
		await expect(editor.getByRole('textbox', { name: 'Weight, row 3, column 3' })).toHaveValue(
			'-1'
		);
		await expect(description).toContainText('Your 5 × 5 kernel');
	});

	test('random filters: the engine’s He initialisation with the seed shown', async ({ page }) => {
		await open(page, url);
		const random = figure(page, 'A first layer before training: random filters');
		const description = random.locator('[aria-live="polite"]');
		const first = (seed: number) => heUniform([6, 3, 3, 3], 27, 6, createRandom(seed)).data[0];
		await expect(description).toContainText(`seed 1;`);
		await expect(description).toContainText(`First weight of filter 1: ${format(first(1))}.`);
		await random.getByRole('button', { name: 'Draw new random filters' }).click();
		await expect(description).toContainText(`First weight of filter 1: ${format(first(2))}.`);
		await random.getByLabel('Seed').fill('42');
		await expect(description).toContainText(`seed 42;`);
		await expect(description).toContainText(`First weight of filter 1: ${format(first(42))}.`);
		await expect(random.getByRole('img', { name: /^Feature map of filter/ })).toHaveCount(6);
	});

	test('random filters: −5 or 1e9 as a seed stays with a message; the description keeps the old seed (issue 16)', async ({
		page
	}) => {
		await open(page, url);
		const random = figure(page, 'A first layer before training: random filters');
		const description = random.locator('[aria-live="polite"]');
		const seed = random.getByLabel('Seed');
		await seed.fill('42');
		await expect(description).toContainText('seed 42;');
		for (const text of ['-5', '1e9']) {
			await seed.fill(text);
			await expect(random.getByRole('alert')).toContainText(
				`“${text}” is not a seed: use a whole number from 1 to 9999. The figure keeps seed 42.`
			);
			await expect(seed).toHaveValue(text);
			await expect(description).toContainText('seed 42;');
		}
	});

	test('kernel editor: an empty or non-numeric bias gets a message and the old bias is kept (issue 16)', async ({
		page
	}) => {
		await open(page, url);
		const editor = figure(page, 'Write your own kernel');
		const description = editor.locator('[aria-live="polite"]');
		await editor.getByLabel('Start from').selectOption('invert');
		await expect(description).toContainText('bias 255');
		const bias = editor.getByRole('textbox', { name: 'Bias' });
		for (const text of ['', 'abc']) {
			await bias.fill(text);
			await expect(editor.getByRole('alert')).toContainText('The figure keeps 255.');
			await expect(bias).toHaveValue(text);
			await expect(description).toContainText('bias 255');
		}
	});
});
