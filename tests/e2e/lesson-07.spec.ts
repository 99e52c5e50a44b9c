import { expect, test, type Page } from '@playwright/test';
import { readBuiltMnist } from '../../scripts/build-mnist';
import { integerMatrix } from '../../src/lib/engine/lessons/featureMaps';
import { flatten, flattenOrder } from '../../src/lib/engine/flatten';
import {
	digitFeatures,
	ORDER_CHOICES,
	OrderRun
} from '../../src/lib/engine/lessons/orderExperiment';
import { reshape } from '../../src/lib/engine/tensor';
import { collectErrors, open } from './helpers';

const url = '/lessons/07-flattening';

function figure(page: Page, title: string) {
	return page.getByRole('figure', { name: title });
}

test.describe('lesson 07 figures', () => {
	test('feature maps laid end to end, step by step, in the engine order', async ({ page }) => {
		const errors = collectErrors(page);
		await open(page, url);
		const stepper = figure(page, 'Feature maps laid end to end');
		const description = stepper.locator('[aria-live="polite"]');
		const maps = reshape(integerMatrix(2 * 3, 3, 9, 11, 0), [1, 2, 3, 3]);
		const rows = flatten(maps, 'row').data;
		await expect(description).toContainText(
			`2 feature maps of 3 by 3 flattened row by row into one vector of 18 values. Step 1 of 18: feature map 1, row 1, column 1 (value ${rows[0]}) goes to entry 1.`
		);
		await stepper.getByRole('button', { name: /Step forward/ }).click();
		await stepper.getByRole('button', { name: /Step forward/ }).click();
		await stepper.getByRole('button', { name: /Step forward/ }).click();
		await expect(description).toContainText(
			`Step 4 of 18: feature map 1, row 2, column 1 (value ${rows[3]}) goes to entry 4. The vector so far: ${Array.from(rows.slice(0, 4)).join(', ')}.`
		);

		// Column by column: entry 2 now comes from row 2, column 1.
		await stepper.getByRole('combobox', { name: /^Order/ }).selectOption('column');
		const columns = flatten(maps, 'column').data;
		const source = flattenOrder(maps.shape, 'column');
		expect(source[1]).toBe(3);
		await expect(description).toContainText(
			`flattened column by column into one vector of 18 values. Step 4 of 18: feature map 1, row 1, column 2 (value ${columns[3]}) goes to entry 4. The vector so far: ${Array.from(columns.slice(0, 4)).join(', ')}.`
		);

		// Keyboard in the second map: its first value goes to entry 10.
		await stepper.getByRole('application', { name: /Feature map 2/ }).focus();
		await expect(description).toContainText('Step 10 of 18: feature map 2, row 1, column 1');
		await page.keyboard.press('ArrowDown');
		await expect(description).toContainText(
			`Step 11 of 18: feature map 2, row 2, column 1 (value ${columns[10]}) goes to entry 11.`
		);

		// Pointer on the vector: the last entry.
		const vector = stepper.getByRole('application', { name: /flattened vector/ });
		await vector.scrollIntoViewIfNeeded();
		const box = (await vector.boundingBox())!;
		await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
		await expect(description).toContainText(
			`Step 18 of 18: feature map 2, row 3, column 3 (value ${columns[17]}) goes to entry 18.`
		);
		const drawn = await vector.locator('svg text').allTextContents();
		expect(drawn.map(Number)).toEqual(Array.from(columns));

		// The fixed shuffle gives yet another vector with the same values.
		await stepper.getByRole('combobox', { name: /^Order/ }).selectOption('shuffle');
		const shuffled = (await vector.locator('svg text').allTextContents()).map(Number);
		expect(shuffled).not.toEqual(Array.from(rows));
		expect([...shuffled].sort()).toEqual(Array.from(rows).sort());
		expect(errors).toEqual([]);
	});

	test('order experiment: −5 or 1e9 as a seed stays with a message; the description keeps the last good seed (issue 16)', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const experiment = figure(page, 'Does the network care about the order?');
		const description = experiment.locator('[aria-live="polite"]');
		const seed = experiment.getByRole('spinbutton', { name: 'Seed' });
		await seed.fill('42');
		await seed.press('Tab');
		await expect(description).toContainText('flattened in four orders, seed 42.');
		for (const text of ['-5', '1e9']) {
			await seed.fill(text);
			await expect(experiment.getByRole('alert')).toContainText(
				`“${text}” is not a seed: use a whole number from 1 to 9999. The figure keeps seed 42.`
			);
			await expect(seed).toHaveValue(text);
			await expect(description).toContainText('flattened in four orders, seed 42.');
		}
		// Leaving the box keeps the reader's text and the message: nothing silently changes.
		await seed.press('Tab');
		await expect(seed).toHaveValue('1e9');
		await expect(experiment.getByRole('alert')).toContainText('The figure keeps seed 42.');
		await seed.fill('7');
		await expect(experiment.getByRole('alert')).toHaveCount(0);
		await expect(description).toContainText('flattened in four orders, seed 7.');
		expect(errors).toEqual([]);
	});

	test('the same network trained on each order: fixed orders tie, a new shuffle per image fails', async ({
		page
	}) => {
		test.setTimeout(120_000);
		// The same experiment in Node, with the engine.
		const data = readBuiltMnist();
		const train = digitFeatures(data.train, 3000);
		const testSet = digitFeatures(data.test, 1000);
		const expected = ORDER_CHOICES.map((choice) => {
			const run = new OrderRun(train, testSet, choice.name, { seed: 1 });
			while (!run.done) run.advance(100);
			return run.testAccuracy() * 100;
		});

		await open(page, url);
		const experiment = figure(page, 'Does the network care about the order?');
		const description = experiment.locator('[aria-live="polite"]');
		await expect(description).toContainText('Press “Train on each order” to run it.');
		await experiment.getByRole('button', { name: 'Train on each order' }).click();
		await expect(description).toContainText('Test accuracy on 1,000 other digits, seed 1', {
			timeout: 60_000
		});
		const shown = await Promise.all(
			ORDER_CHOICES.map(async (choice) =>
				Number(
					(await experiment.locator(`[data-order="${choice.name}"]`).textContent())!
						.replace('%', '')
						.trim()
				)
			)
		);
		shown.forEach((value, i) => expect(Math.abs(value - expected[i])).toBeLessThanOrEqual(0.15));
		const [row, column, shuffle, reshuffle] = shown;
		expect(row).toBeGreaterThan(85);
		expect(Math.abs(column - row)).toBeLessThan(2);
		expect(Math.abs(shuffle - row)).toBeLessThan(2);
		expect(reshuffle).toBeLessThan(20);

		// Keyboard: another seed, trained with Enter on the button.
		const seed = experiment.getByRole('spinbutton', { name: 'Seed' });
		await seed.fill('2');
		await seed.press('Tab');
		await expect(page).toHaveURL(/lessons\/07-flattening/);
		await experiment.getByRole('button', { name: 'Train on each order' }).focus();
		await page.keyboard.press('Enter');
		await expect(description).toContainText('seed 2:', { timeout: 60_000 });
	});
});
