import { expect, test } from '@playwright/test';
import { collectErrors, lessonLinks, open } from './helpers';

// The one spec that lets the service worker run (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('after one visit, every lesson and figure works with the network off', async ({
	page,
	context
}) => {
	test.setTimeout(300_000);
	const lessons = await lessonLinks(page);
	// Wait for the service worker to finish caching the site and the data.
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		if (!registration.active) throw new Error('no active service worker');
	});
	await expect
		.poll(async () =>
			page.evaluate(async () => {
				const keys = await caches.keys();
				if (keys.length === 0) return 0;
				const cache = await caches.open(keys[0]);
				return (await cache.keys()).length;
			})
		)
		.toBeGreaterThan(10);
	const cached = await page.evaluate(async () => {
		const cache = await caches.open((await caches.keys())[0]);
		return (await cache.keys()).map((request) => new URL(request.url).pathname);
	});
	expect(cached).toContain('/data/mnist.bin.gz');

	await open(page, '/widgets');
	const widgets = await page
		.getByRole('main')
		.getByRole('listitem')
		.getByRole('link')
		.evaluateAll((links) =>
			links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)
		);

	await context.setOffline(true);
	const errors = collectErrors(page);
	for (const url of [...lessons, ...widgets, '/']) {
		await open(page, url);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	// The French edition is cached too.
	for (const url of ['/fr', '/fr/lessons/01-an-image-is-numbers', '/fr/widgets/flatten-stepper']) {
		await open(page, url);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	// A figure still computes offline: the robot answers the keyboard.
	await open(page, '/lessons/01-an-image-is-numbers');
	const robot = page.getByRole('figure', { name: 'A 16 × 16 robot is 768 numbers' });
	await robot.getByRole('application').focus();
	await page.keyboard.press('ArrowLeft');
	await expect(robot.locator('[aria-live="polite"]')).toContainText('Row 6, column 4');
	// The MNIST digits come from the cache.
	const bytes = await page.evaluate(
		async () => (await (await fetch('/data/mnist.bin.gz')).arrayBuffer()).byteLength
	);
	expect(bytes).toBeGreaterThan(1_000_000);

	// Training works offline: the worker and the digits come from the cache.
	await open(page, '/lessons/12-train-lenet');
	const train = page.getByRole('figure', { name: 'Train LeNet-5 on handwritten digits' });
	await train.getByRole('button', { name: 'Start training' }).click();
	await expect(train.getByTestId('training-status')).toContainText('Training');
	await expect
		.poll(async () => Number((await train.getByTestId('examples').innerText()).replace(/,/g, '')), {
			timeout: 60_000
		})
		.toBeGreaterThan(200);
	await train.getByRole('button', { name: 'Pause' }).click();
	expect(errors).toEqual([]);
});
