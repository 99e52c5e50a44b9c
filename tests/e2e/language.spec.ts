import { expect, test } from '@playwright/test';
import { collectErrors, expectNoAxeViolations, expectNoHorizontalOverflow, open } from './helpers';

// The two editions: the switch keeps the reader's place, the French offer, the 404 pages.

test('the switch keeps a lesson section, in both directions', async ({ page }) => {
	await open(page, '/lessons/03-the-sliding-window#kernel-stride-and-padding');
	await page.getByRole('link', { name: 'Français' }).click();
	await expect(page).toHaveURL(/\/fr\/lessons\/03-the-sliding-window#noyau-pas-et-marge$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/lessons\/03-the-sliding-window#kernel-stride-and-padding$/);
	expect(await page.evaluate(() => localStorage.getItem('convolutif:language'))).toBe('en');
});

test('the switch keeps a standalone figure’s settings', async ({ page }) => {
	await open(page, '/widgets/padding-image?padding=3&row=2');
	await page.getByRole('link', { name: 'Français' }).click();
	await expect(page).toHaveURL(/\/fr\/widgets\/padding-image\?padding=3&row=2$/);
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
		'href',
		/\/widgets\/padding-image$/
	);
});

test('the widget index and a standalone figure speak French under /fr', async ({ page }) => {
	const errors = collectErrors(page);
	await open(page, '/fr/widgets');
	await expect(page).toHaveTitle('Toutes les figures · convolutif');
	const links = page.getByRole('main').getByRole('listitem').getByRole('link');
	expect(
		await links.evaluateAll((all) =>
			all.map((a) => new URL((a as HTMLAnchorElement).href).pathname)
		)
	).toEqual(expect.arrayContaining(['/fr/widgets/padding-image']));
	await open(page, '/fr/widgets/padding-image?padding=banana');
	await expect(page.getByRole('link', { name: 'Retour à la leçon' })).toHaveAttribute(
		'href',
		/\/fr\/lessons\/10-padding$/
	);
	await expect(page.getByRole('status').filter({ hasText: "n'ont pas pu" })).toBeVisible();
	expect(errors).toEqual([]);
});

test('an unknown address is a 404 page in its language', async ({ page, request }) => {
	for (const [url, lang, title] of [
		['/lessons/99-nothing', 'en', 'Page not found · convolutif'],
		['/fr/lessons/99-nothing', 'fr', 'Page introuvable · convolutif']
	]) {
		const response = await page.goto(url);
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		await expect(page).toHaveTitle(title);
		await expectNoAxeViolations(page);
	}
	// The files a static host serves for unknown addresses.
	for (const [url, heading] of [
		['/404', 'This page does not exist'],
		['/fr/404', "Cette page n'existe pas"]
	]) {
		const response = await request.get(url);
		expect(response.status()).toBe(200);
		expect(await response.text()).toContain(heading);
	}
});

test.describe('the offer to read in French', () => {
	test.use({ locale: 'fr-FR' });

	test('is made once, on an English page, without moving the page', async ({ page, request }) => {
		// Not in the prerendered page: nobody else's layout changes.
		expect(await (await request.get('/lessons/05-relu')).text()).not.toContain(
			'existe aussi en français'
		);
		await open(page, '/lessons/05-relu');
		const offer = page.getByRole('region', { name: 'Cette page en français' });
		await expect(offer).toBeVisible();
		await expect(offer).toHaveAttribute('lang', 'fr');
		expect(await offer.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
		await expectNoAxeViolations(page);
		await page.setViewportSize({ width: 390, height: 844 });
		await expectNoHorizontalOverflow(page);
		// Keyboard: reach it, dismiss it with Escape; focus goes on in the page.
		await offer.getByRole('button', { name: 'Non merci' }).focus();
		await page.keyboard.press('Escape');
		await expect(offer).toHaveCount(0);
		await expect(page.locator('#main')).toBeFocused();
		await open(page, '/lessons/06-pooling');
		await expect(page.getByRole('region', { name: 'Cette page en français' })).toHaveCount(0);
	});

	test('takes the reader to the same section of the French page', async ({ page }) => {
		await open(page, '/lessons/03-the-sliding-window#kernel-stride-and-padding');
		await page
			.getByRole('region', { name: 'Cette page en français' })
			.getByRole('link', { name: 'La lire en français' })
			.click();
		await expect(page).toHaveURL(/\/fr\/lessons\/03-the-sliding-window#noyau-pas-et-marge$/);
		expect(await page.evaluate(() => localStorage.getItem('convolutif:language'))).toBe('fr');
		await open(page, '/lessons/04-the-convolution-family');
		await expect(page.getByRole('region', { name: 'Cette page en français' })).toHaveCount(0);
	});

	test('is not made on a French page, nor after the reader used the switch', async ({ page }) => {
		await open(page, '/fr/lessons/05-relu');
		await page.getByRole('link', { name: 'English' }).click();
		await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
		await expect(page).toHaveURL(/\/lessons\/05-relu$/);
		await expect(page.getByRole('region', { name: 'Cette page en français' })).toHaveCount(0);
	});
});

test('a reader whose browser prefers English is never offered French', async ({ page }) => {
	await open(page, '/lessons/05-relu');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('region', { name: 'Cette page en français' })).toHaveCount(0);
});

test('a French standalone figure keeps its settings in the address and steps with the arrow keys', async ({
	page
}) => {
	await open(page, '/fr/widgets/flatten-stepper?step=2');
	const description = page.getByRole('figure').locator('[aria-live="polite"]');
	await expect(description).toContainText('Étape 2 sur 18');
	// A projector remote sends arrow keys to the page, not to a control.
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('ArrowRight');
	await expect(description).toContainText('Étape 3 sur 18');
	await expect(page).toHaveURL(/\/fr\/widgets\/flatten-stepper\?(.*&)?step=3/);
});
