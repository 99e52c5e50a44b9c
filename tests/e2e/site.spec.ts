import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import {
	collectErrors,
	expectNoAxeViolations,
	expectNoHorizontalOverflow,
	lessonLinks,
	open
} from './helpers';

const lessonFiles = readdirSync('content')
	.filter((file) => /^\d\d-.+\.md$/.test(file))
	.sort();

test('the index lists every lesson file, in order, with its title and summary', async ({
	page
}) => {
	const errors = collectErrors(page);
	const links = await lessonLinks(page);
	expect(links).toEqual(lessonFiles.map((file) => `/lessons/${file.replace(/\.md$/, '')}`));
	for (const file of lessonFiles) {
		const title = /\ntitle:\s*(.+)\n/.exec(readFileSync(`content/${file}`, 'utf8'))?.[1];
		expect(title).toBeTruthy();
		await expect(
			page
				.getByRole('navigation', { name: 'Lessons' })
				.getByRole('link', { name: new RegExp(title!) })
		).toBeVisible();
	}
	await expectNoAxeViolations(page);
	expect(errors).toEqual([]);
});

test('the index fits a 390 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await open(page, '/');
	await expectNoHorizontalOverflow(page);
});

test('every page has one description: its own where it has one, else the site’s', async ({
	request
}) => {
	const descriptions = async (url: string) =>
		[
			...(await (await request.get(url)).text()).matchAll(
				/<meta name="description" content="([^"]*)"/g
			)
		].map((match) => match[1]);
	const relu = readFileSync('content/05-relu.md', 'utf8');
	const summary = /^summary:\s*["']?(.+?)["']?$/m.exec(relu)![1];
	expect(await descriptions('/lessons/05-relu')).toEqual([summary]);
	for (const url of ['/', '/glossary', '/widgets', '/fr', '/fr/glossary', '/fr/lessons/05-relu']) {
		expect(await descriptions(url), url).toHaveLength(1);
	}
	expect((await descriptions('/'))[0]).toContain('convolutif');
});

test('a lesson that does not exist is a 404, not a blank page', async ({ request }) => {
	const response = await request.get('/lessons/99-nothing');
	expect(response.status()).toBe(404);
});

for (const file of lessonFiles) {
	const slug = file.replace(/\.md$/, '');
	const source = readFileSync(`content/${file}`, 'utf8');
	const hasMath = /\$[^$\n]+\$/.test(source.replace(/^---[\s\S]*?\n---/, ''));

	test.describe(`lesson ${slug}`, () => {
		test('loads with no console error, math by KaTeX, no axe violation', async ({ page }) => {
			const errors = collectErrors(page);
			await open(page, `/lessons/${slug}`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.getByRole('main')).toBeVisible();
			await expect(page.getByRole('navigation', { name: 'In this lesson' })).toBeVisible();
			if (hasMath) {
				expect(await page.locator('.katex').count()).toBeGreaterThan(0);
				// No formula left as raw TeX in the text.
				const prose = await page.locator('.prose').innerText();
				expect(prose).not.toMatch(/\$[^$\s][^$]*\$/);
				expect(prose).not.toContain('\\times');
			}
			// The table of contents links to real sections.
			for (const href of await page
				.getByRole('navigation', { name: 'In this lesson' })
				.getByRole('link')
				.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
				await expect(page.locator(href)).toHaveCount(1);
			}
			await page.waitForLoadState('networkidle');
			await expectNoAxeViolations(page);
			expect(errors).toEqual([]);
		});

		test('fits a 390 px phone, in light and dark themes', async ({ page }) => {
			// Two full walks of the lesson (light, dark), each waking every figure at phone size: lesson
			// 08's took over a minute on a loaded machine. A cap, not a budget.
			test.setTimeout(180_000);
			await page.setViewportSize({ width: 390, height: 844 });
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				await open(page, `/lessons/${slug}`);
				await page.waitForLoadState('networkidle');
				await expectNoHorizontalOverflow(page);
			}
			await expectNoAxeViolations(page);
		});
	});
}

test('the theme follows the system: dark background in dark mode', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await open(page, '/');
	const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(dark).not.toEqual(light);
	const brightness = (css: string) =>
		(css.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, v) => sum + Number(v), 0);
	expect(brightness(dark)).toBeLessThan(brightness(light));
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await open(page, `/lessons/${lessonFiles[0].replace(/\.md$/, '')}`);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

test('previous and next links walk through the lessons in order', async ({ page }) => {
	const links = await lessonLinks(page);
	for (let i = 0; i + 1 < links.length; i++) {
		await open(page, links[i]);
		await page
			.getByRole('navigation', { name: 'Previous and next lessons' })
			.getByRole('link', { name: /Next/ })
			.click();
		await expect(page).toHaveURL(new RegExp(`${links[i + 1]}$`));
	}
});
