import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { collectErrors, expectNoAxeViolations, expectNoHorizontalOverflow, open } from './helpers';

// Every standalone widget, read from the `.widget.ts` files that register them.
function registeredWidgets(): string[] {
	const names: string[] = [];
	for (const file of readdirSync('src/lib/widgets', { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.widget.ts')) continue;
		const source = readFileSync(`src/lib/widgets/${file}`, 'utf8');
		const name = /\bname:\s*'([a-z0-9-]+)'/.exec(source)?.[1];
		if (name) names.push(name);
	}
	return names.sort();
}

const widgetNames = registeredWidgets();

test('the list of figures links every registered widget', async ({ page }) => {
	await open(page, '/widgets');
	const links = await page
		.getByRole('main')
		.getByRole('listitem')
		.getByRole('link')
		.evaluateAll((links) =>
			links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)
		);
	expect([...links].sort()).toEqual(widgetNames.map((name) => `/widgets/${name}`));
});

for (const name of widgetNames) {
	test(`standalone ${name}: loads full screen with no error, no axe violation, fits a phone`, async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.setViewportSize({ width: 1280, height: 900 });
		await open(page, `/widgets/${name}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('figure')).toBeVisible();
		await page.waitForLoadState('networkidle');
		await expectNoAxeViolations(page);
		await page.setViewportSize({ width: 390, height: 844 });
		await expectNoHorizontalOverflow(page);
		expect(errors).toEqual([]);
	});
}

test('a link carries the settings; the address follows changes', async ({ page }) => {
	await open(page, '/widgets/robot-pixels?row=2&column=8&values=1');
	const figure = page.getByRole('figure');
	await expect(figure.locator('[aria-live="polite"]')).toContainText('Row 2, column 8 is red');
	await expect(figure.getByRole('button', { name: 'Show every value' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await figure.getByRole('application').focus();
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/row=3/);
	await expect(page).toHaveURL(/column=8/);
});

test('tampered settings fall back to defaults with a visible note', async ({ page }) => {
	const errors = collectErrors(page);
	await open(page, '/widgets/robot-pixels?row=banana&column=99&values=maybe');
	const note = page.getByRole('status').filter({ hasText: 'could not be used' });
	await expect(note).toContainText('Row: “banana” is not a whole number');
	await expect(note).toContainText('Column: 99 is outside 1 to 16');
	await expect(page.getByRole('figure').locator('[aria-live="polite"]')).toContainText(
		'Row 6, column 5 is white'
	);
	expect(errors).toEqual([]);
});

test('a figure in a lesson offers full screen and a link with its current settings', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, '/lessons/01-an-image-is-numbers');
	const figure = page.getByRole('figure', { name: 'Three channels, or four with alpha' });
	await figure.getByRole('button', { name: 'Add the alpha channel (PNG)' }).click();
	await figure.getByRole('button', { name: 'Copy link' }).click();
	await expect(figure.getByRole('status')).toContainText('Link copied');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/\/widgets\/channels\?alpha=1/);
	await figure.getByRole('link', { name: /full screen/ }).click();
	await expect(page).toHaveURL(/\/widgets\/channels\?alpha=1/);
	await expect(page.getByRole('figure').getByText('Alpha channel (A)')).toBeVisible();
});
