import { expect, test } from '@playwright/test';
import { glossary } from '../../content/glossary';
import { collectErrors, expectNoAxeViolations, expectNoHorizontalOverflow, open } from './helpers';

test('the glossary lists every term with its definition and a link to its lesson section', async ({
	page
}) => {
	const errors = collectErrors(page);
	await open(page, '/glossary');
	await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
	for (const entry of glossary) {
		const term = page.locator(`dt#${entry.id}`);
		await expect(term).toHaveText(entry.term);
		const definition = term.locator('xpath=following-sibling::dd[1]');
		await expect(definition).toContainText(entry.definition);
		await expect(definition.getByRole('link')).toHaveAttribute(
			'href',
			`/lessons/${entry.lesson}#${entry.section}`
		);
	}
	await expectNoAxeViolations(page);
	expect(errors).toEqual([]);
});

test('the glossary fits a 390 px phone, in light and dark themes', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await open(page, '/glossary');
		await expectNoHorizontalOverflow(page);
		await expectNoAxeViolations(page);
	}
});

test('the index links to the glossary, and a lesson term leads to its entry and back', async ({
	page
}) => {
	await open(page, '/');
	await page.getByRole('link', { name: 'glossary' }).click();
	await expect(page).toHaveURL(/\/glossary$/);

	await open(page, '/lessons/03-the-sliding-window');
	await page.locator('.prose a[href="/glossary#stride"]').first().click();
	await expect(page).toHaveURL(/\/glossary#stride$/);
	await expect(page.locator('dt#stride')).toBeInViewport();
	await page.locator('dt#stride + dd').getByRole('link').click();
	await expect(page).toHaveURL(/\/lessons\/03-the-sliding-window#kernel-stride-and-padding$/);
	await expect(page.locator('#kernel-stride-and-padding')).toBeInViewport();
});
