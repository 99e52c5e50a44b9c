// Issue 16 (phone): the "In this lesson" links were 19 px tall at 390 px. Every such link, and the
// summary that folds the list, is a target of at least 24 × 24 px (WCAG 2.2, 2.5.8), in every lesson.
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';

const lessons = readdirSync('content')
	.filter((file) => /^\d\d-.+\.md$/.test(file))
	.map((file) => `/lessons/${file.replace(/\.md$/, '')}`)
	.sort();

test.use({ viewport: { width: 390, height: 844 } });

test('at 390 px, the table of contents of every lesson has targets of at least 24 px', async ({
	page
}) => {
	for (const url of lessons) {
		// The table of contents is prerendered: no need to wake the figures.
		await page.goto(url);
		const contents = page.getByRole('navigation', { name: 'In this lesson' });
		const targets = [contents.locator('summary'), ...(await contents.getByRole('link').all())];
		expect(targets.length, url).toBeGreaterThan(1);
		for (const target of targets) {
			const box = (await target.boundingBox())!;
			const name = `${url}: ${await target.textContent()}`;
			expect(box.height, name).toBeGreaterThanOrEqual(24);
			expect(box.width, name).toBeGreaterThanOrEqual(24);
		}
	}
});
