import { expect, test, type Page } from '@playwright/test';
import { createLeNet5 } from '../../src/lib/engine/lenet';
import { createRandom } from '../../src/lib/engine/random';
import { serializeModel } from '../../src/lib/engine/serialize';
import { PER_CLASS, runJob, SEEDS } from '../../src/lib/engine/lessons/sizeExperiment';
import { readBuiltMnist } from '../../scripts/build-mnist';
import { collectErrors, open } from './helpers';

const url = '/lessons/13-fine-tuning';

function figure(page: Page) {
	return page.getByRole('figure', { name: 'Fine-tuning against training from scratch' });
}

const percentOf = async (page: Page, id: string) =>
	Number.parseFloat(await figure(page).getByTestId(id).innerText()) / 100;

test.describe('lesson 13: fine-tuning', () => {
	test.setTimeout(300_000);

	test('a base trained here on 0-4, frozen layers by keyboard and pointer, compared with scratch', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const fig = figure(page);
		// Nothing saved from lesson 12 in a fresh browser: the base is trained here.
		await expect(fig.getByRole('radio', { name: /The LeNet of lesson 12/ })).toBeDisabled();
		await expect(fig.getByRole('radio', { name: /digits 0–4 here/ })).toBeChecked();
		await expect(fig.getByRole('button', { name: 'Train both on digits 5–9' })).toBeDisabled();

		// Freeze fc1 with the keyboard, unfreeze it again with the pointer.
		await fig.getByRole('button', { name: 'Trained: fc1' }).focus();
		await page.keyboard.press('Enter');
		await expect(fig.getByRole('button', { name: 'Frozen: fc1' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(fig.locator('[aria-live="polite"]')).toContainText('Frozen: conv1, conv2, fc1');
		await fig.getByRole('button', { name: 'Frozen: fc1' }).click();
		await expect(fig.getByRole('button', { name: 'Trained: fc1' })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		await fig.getByLabel('Fine-tuning learning rate').selectOption('0.002');

		await fig.getByRole('button', { name: 'Prepare the base network' }).click();
		await expect(fig.getByTestId('base-status')).toContainText('learnt digits 0 to 4', {
			timeout: 200_000
		});
		const baseAccuracy = Number(
			/\(([\d.]+) %/.exec(await fig.getByTestId('base-status').innerText())![1]
		);
		expect(baseAccuracy).toBeGreaterThan(80);

		await fig.getByRole('button', { name: 'Train both on digits 5–9' }).click();
		const description = fig.locator('[aria-live="polite"]');
		await expect(description).toContainText('Both runs are finished', { timeout: 200_000 });
		await expect(description).toContainText('learning rate 0.002, frozen: conv1, conv2)');
		// Both learnt the new classes well above chance (20 %).
		expect(await percentOf(page, 'fine-accuracy')).toBeGreaterThan(0.5);
		expect(await percentOf(page, 'scratch-accuracy')).toBeGreaterThan(0.5);
		// Each network's examples against the budget, labelled: not "800 / 800" read as "800 of 800".
		await expect(fig.getByTestId('fine-examples')).toHaveText('800 of 800');
		await expect(fig.getByTestId('scratch-examples')).toHaveText('800 of 800');
		await expect(fig.getByText('Examples seen, fine-tuned')).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('starts from the LeNet of lesson 12 when one is saved in this browser', async ({ page }) => {
		const saved = serializeModel(createLeNet5(createRandom(5)));
		await page.addInitScript((text) => {
			localStorage.setItem('convolutif:lenet-digits', text);
		}, saved);
		await open(page, url);
		const fig = figure(page);
		await expect(fig.getByRole('radio', { name: /The LeNet of lesson 12/ })).toBeChecked();
		await fig.getByRole('button', { name: 'Prepare the base network' }).click();
		await expect(fig.getByTestId('base-status')).toContainText('the LeNet of lesson 12');
		await expect(fig.getByRole('button', { name: 'Train both on digits 5–9' })).toBeEnabled();
	});
});

test.describe('lesson 13: fine-tuning over training-set sizes', () => {
	test.setTimeout(900_000);

	test('runs every size in the workers, draws both curves and says what they show', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const fig = page.getByRole('figure', {
			name: 'Fine-tuning or from scratch, from 2 to 200 digits per class'
		});
		const status = fig.getByTestId('experiment-status');
		const runs = PER_CLASS.length * SEEDS.length * 2;
		await expect(status).toContainText(
			`Not run yet: 7 sizes × 3 seeds × 2 networks = ${runs} runs`
		);
		await expect(fig.getByTestId('size-2')).toContainText('–');

		// Started and stopped: what ran stays, and it can start again from nothing.
		await fig.getByRole('button', { name: 'Run the experiment' }).click();
		await expect(status).toContainText('Training the base network on the digits 0 to 4');
		await fig.getByRole('button', { name: 'Stop' }).click();
		await expect(status).toContainText('Stopped after 0 of 42 runs.');

		await fig.getByRole('button', { name: 'Run the experiment' }).focus();
		await page.keyboard.press('Enter');
		await expect(status).toContainText('runs done…', { timeout: 600_000 });
		await expect(fig.locator('[aria-live="polite"]')).toContainText('The base network scores');
		await expect(status).toHaveText(`All ${runs} runs done.`, { timeout: 800_000 });

		// Every size measured, both curves drawn (one dot per size and network).
		for (const perClass of PER_CLASS) {
			await expect(fig.getByTestId(`size-${perClass}`)).not.toContainText('–');
		}
		await expect(fig.locator('svg[role="img"] circle')).toHaveCount(2 * PER_CLASS.length);
		await expect(fig.locator('[aria-live="polite"]')).toContainText(
			'With 2 digits per class the fine-tuned network is'
		);
		await expect(fig.getByRole('button', { name: 'Run it again' })).toBeEnabled();

		// The from-scratch point at 2 digits per class, recomputed here with the engine (the same
		// seeded runs); kernels may differ in the last bits, so one test digit either way is allowed.
		const data = readBuiltMnist();
		const expected =
			SEEDS.reduce(
				(sum, seed) => sum + runJob(data, '', { perClass: 2, approach: 'scratch', seed }),
				0
			) / SEEDS.length;
		const shown = await fig.getByTestId('size-2').locator('td').nth(1).innerText();
		expect(Math.abs(Number.parseFloat(shown) / 100 - expected)).toBeLessThanOrEqual(0.0021);
		expect(errors).toEqual([]);
	});
});
