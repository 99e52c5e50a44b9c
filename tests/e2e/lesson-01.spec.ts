import { expect, test, type Page } from '@playwright/test';
import { collectErrors, open } from './helpers';

const url = '/lessons/01-an-image-is-numbers';

function figure(page: Page, title: string) {
	return page.getByRole('figure', { name: title });
}

test.describe('lesson 01 figures', () => {
	test('the robot: arrow keys and the pointer select a pixel and say its r, g, b', async ({
		page
	}) => {
		await open(page, url);
		const robot = figure(page, 'A 16 × 16 robot is 768 numbers');
		const grid = robot.getByRole('application');
		const description = robot.locator('[aria-live="polite"]');
		// Starts on a white eye: row 6, column 5.
		await expect(description).toContainText('Row 6, column 5 is white: r = 255, g = 255, b = 255');

		await grid.focus();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		// Row 2, column 8 is the red antenna bulb.
		await expect(description).toContainText('Row 2, column 8 is red: r = 232, g = 30, b = 36');

		// Pointer: the top-left pixel is the black (transparent, no alpha) background.
		const box = (await robot.locator('svg').boundingBox())!;
		await page.mouse.move(box.x + box.width * (0.5 / 16), box.y + box.height * (0.5 / 16));
		await expect(description).toContainText('Row 1, column 1 is black: r = 0, g = 0, b = 0');
		// The centre of row 9 (1-based), column 8: the yellow mouth.
		await page.mouse.move(box.x + box.width * (7.5 / 16), box.y + box.height * (8.5 / 16));
		await expect(description).toContainText('Row 9, column 8 is yellow');

		// The values overlay writes every number on the grid.
		await robot.getByRole('button', { name: 'Show every value' }).click();
		await expect(robot.getByRole('button', { name: 'Show every value' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		expect(await robot.locator('svg text').count()).toBe(16 * 16 * 3);
		await expect(description).toContainText('Every value is written on the grid');
	});

	test('channels: the same pixel in R, G, B and alpha', async ({ page }) => {
		await open(page, url);
		const channels = figure(page, 'Three channels, or four with alpha');
		const description = channels.locator('[aria-live="polite"]');
		await expect(channels.getByRole('application')).toHaveCount(4);
		await channels.getByRole('button', { name: 'a white pixel' }).click();
		await expect(description).toContainText('is white: r = 255, g = 255, b = 255');
		await channels.getByRole('button', { name: 'a red pixel' }).click();
		await expect(description).toContainText('is red: r = 232, g = 30, b = 36');

		await channels.getByRole('button', { name: 'Add the alpha channel (PNG)' }).click();
		await expect(channels.getByRole('application')).toHaveCount(5);
		await expect(channels.getByText('Alpha channel (A)')).toBeVisible();
		await channels.getByRole('button', { name: 'a transparent pixel' }).click();
		await expect(description).toContainText('fully transparent');
		await expect(description).toContainText('a = 0');
		await expect(description).toContainText('16 × 16 × 4 = 1,024 numbers');

		// Keyboard in the blue channel moves the shared selection.
		await channels.getByRole('application', { name: /Blue channel/ }).focus();
		await page.keyboard.press('ArrowDown');
		await expect(description).toContainText('Row 2, column 1');
	});

	test('your own picture: a PNG becomes a tensor, a non-image is refused and the image stays', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const loader = figure(page, 'Your own picture, as numbers');
		const shape = loader.getByTestId('tensor-shape');
		await expect(shape).toHaveText('16 × 16 × 4');

		// A real PNG, 60 x 30, made by the browser itself.
		const png = await page.screenshot({ clip: { x: 0, y: 0, width: 60, height: 30 } });
		const input = loader.locator('input[type="file"]');
		await input.setInputFiles({ name: 'strip.png', mimeType: 'image/png', buffer: png });
		await expect(shape).toHaveText('24 × 12 × 3');
		await expect(loader.locator('[aria-live="polite"]')).toContainText(
			'“strip.png”, 60 × 30 pixels'
		);

		await loader.getByLabel('Grid size').selectOption('8');
		await expect(shape).toHaveText('8 × 4 × 3');

		// Not an image: refused with a message, the previous picture stays.
		await input.setInputFiles({
			name: 'notes.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('these are words, not pixels')
		});
		await expect(loader.getByRole('alert')).toContainText(
			'“notes.txt” is text/plain, not an image'
		);
		await expect(shape).toHaveText('8 × 4 × 3');

		// Claims to be a PNG but is not one.
		await input.setInputFiles({
			name: 'broken.png',
			mimeType: 'image/png',
			buffer: Buffer.from('definitely not a PNG file')
		});
		await expect(loader.getByRole('alert')).toContainText('could not be read as an image');
		await expect(shape).toHaveText('8 × 4 × 3');
		expect(errors).toEqual([]);
	});

	test('drag and drop loads an image', async ({ page }) => {
		await open(page, url);
		const loader = figure(page, 'Your own picture, as numbers');
		const png = await page.screenshot({ clip: { x: 0, y: 0, width: 20, height: 40 } });
		const dataTransfer = await page.evaluateHandle(
			(bytes) => {
				const transfer = new DataTransfer();
				transfer.items.add(new File([new Uint8Array(bytes)], 'dropped.png', { type: 'image/png' }));
				return transfer;
			},
			[...png]
		);
		await loader.locator('.drop').dispatchEvent('drop', { dataTransfer });
		await expect(loader.getByTestId('tensor-shape')).toHaveText('12 × 24 × 3');
	});
});
