import { expect, test, type Page } from '@playwright/test';
import { analyseArchitecture, LENET5 } from '../../src/lib/engine/architectures';
import { collectErrors, open } from './helpers';

const title = 'The whole network: feature extraction, then classification';
const report = analyseArchitecture(LENET5);
const shape = (dims: readonly number[]) => dims.join(' × ');

async function checkPipeline(page: Page) {
	const box = page.getByRole('figure', { name: title });
	const extraction = box.getByRole('region', { name: 'Feature extraction' });
	const classification = box.getByRole('region', { name: 'Classification' });
	const split = report.layers.findIndex((layer) => layer.kind === 'flatten');

	// The input, then every layer in the engine's order, each with the engine's output shape.
	const extractionShapes = [
		shape(LENET5.inputShape),
		...report.layers.slice(0, split).map((layer) => shape(layer.outputShape))
	];
	const classificationShapes = report.layers.slice(split).map((layer) => shape(layer.outputShape));
	await expect(extraction.locator('.shape')).toHaveText(extractionShapes);
	await expect(classification.locator('.shape')).toHaveText(classificationShapes);
	expect(extractionShapes.at(-1)).toBe('16 × 5 × 5');
	expect(classificationShapes).toEqual(['400', '120', '120', '84', '84', '10']);

	// Parameters per layer on demand, from the engine; the total in the description.
	await box.getByLabel('Show the parameters of each layer').check();
	expect(report.layers[split].parameters).toBe(0);
	await expect(classification.locator('.count').first()).toHaveText('no parameters');
	const fc1 = report.layers.find((layer) => layer.name === 'fc1')!;
	await expect(classification.locator('.count').nth(1)).toHaveText(
		`${fc1.parameters.toLocaleString('en-US')} parameters`
	);
	await expect(box.locator('[aria-live="polite"]')).toContainText(
		`${report.parameters.toLocaleString('en-US')} parameters in all`
	);

	// Each stage opens its lesson.
	await extraction
		.getByRole('link', { name: /Max pooling/ })
		.first()
		.click();
	await expect(page).toHaveURL(/\/lessons\/06-pooling$/);
}

test('the index shows the whole pipeline of LeNet-5 with the engine shapes', async ({ page }) => {
	const errors = collectErrors(page);
	await open(page, '/');
	await checkPipeline(page);
	expect(errors).toEqual([]);
});

test('lesson 01 shows the same pipeline, and later lessons point back to it', async ({ page }) => {
	const errors = collectErrors(page);
	await open(page, '/lessons/01-an-image-is-numbers');
	await checkPipeline(page);
	await open(page, '/lessons/08-the-fully-connected-layer');
	await page.locator('.prose a[href$="#the-whole-network-at-a-glance"]').first().click();
	await expect(page.locator('#the-whole-network-at-a-glance')).toBeInViewport();
	expect(errors).toEqual([]);
});
