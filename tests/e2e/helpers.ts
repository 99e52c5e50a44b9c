import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions of a page; check with `expect(errors).toEqual([])`. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/**
 * Runs axe-core on the page (WCAG 2.x A and AA rules and best practices) and expects no violation.
 * "Label in name" (WCAG 2.5.3) is still marked experimental in axe, so it is off unless named: a
 * button whose accessible name does not contain its visible words fails here.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
		.analyze();
	const summary = results.violations.map(
		(violation) =>
			`${violation.id}: ${violation.help} (${violation.nodes.length} nodes: ${violation.nodes
				.slice(0, 3)
				.map((node) => node.target.join(' '))
				.join(', ')})`
	);
	expect(summary).toEqual([]);
}

/** The page must not scroll sideways at the current viewport width. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
	const overflow = await page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const culprits = [...document.querySelectorAll('body *')]
			.filter((element) => element.getBoundingClientRect().right > width + 1)
			.filter((element) => !element.closest('[data-scrolls]'))
			.slice(0, 5)
			.map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
		return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
	});
	expect(
		overflow.scrollWidth,
		`wider than the screen: ${overflow.culprits.join(', ')}`
	).toBeLessThanOrEqual(overflow.width);
}

/** The hrefs of every lesson listed on the index, in order. */
export async function lessonLinks(page: Page): Promise<string[]> {
	await open(page, '/');
	return page
		.getByRole('navigation', { name: 'Lessons' })
		.getByRole('link')
		.evaluateAll((links) =>
			links.map((link) => (link as HTMLAnchorElement).getAttribute('href') ?? '')
		);
}

/**
 * Opens a page and waits until it is hydrated (interactive), so that clicks reach their handlers.
 * Lessons create each figure only when scrolled near (`Lazy`), so it then scrolls through the
 * page as a reader would, until every figure is awake, and back to the top.
 */
export async function open(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await wakeFigures(page);
}

/**
 * Waits for the page's next frame, or 100 ms at most: headless Chromium now and then stops drawing a
 * page for a while, and a wait on `requestAnimationFrame` alone then hung a whole test (twice in CI).
 */
async function frameOrPause(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				requestAnimationFrame(() => resolve());
				setTimeout(resolve, 100);
			})
	);
}

/** Scrolls through the page until no figure is asleep, then back to the top. */
export async function wakeFigures(page: Page): Promise<void> {
	// As a reader would: down the page half a screen at a time (figures wake as they come near). At
	// most 400 steps, and never less than 200 px a step, whatever the page says its sizes are.
	for (let y = 0, steps = 0; steps < 400; steps++) {
		const { height, step } = await page.evaluate((top) => {
			window.scrollTo(0, top);
			return { height: document.documentElement.scrollHeight, step: window.innerHeight / 2 };
		}, y);
		await frameOrPause(page);
		y += Math.max(200, step);
		if (y >= height) break;
	}
	// A figure passed over while no frame was drawn is still asleep: bring each one to the middle of the
	// screen until it wakes. This waits for a state; it is not a retry of the test.
	// The failure says whether the page was drawing at all: a figure wakes on an IntersectionObserver
	// callback, which Chromium delivers only with a drawn frame.
	await expect(async () => {
		const state = await page.evaluate(async () => {
			document.querySelector('[data-awake="false"]')?.scrollIntoView({ block: 'center' });
			let frames = 0;
			await new Promise<void>((resolve) => {
				const start = performance.now();
				const tick = () => {
					frames++;
					if (performance.now() - start < 200) requestAnimationFrame(tick);
					else resolve();
				};
				requestAnimationFrame(tick);
				setTimeout(resolve, 300);
			});
			return {
				asleep: document.querySelectorAll('[data-awake="false"]').length,
				visibility: document.visibilityState,
				frames
			};
		});
		expect(
			state.asleep,
			`figures still asleep (page ${state.visibility}, ${state.frames} frames drawn in 0.2 s)`
		).toBe(0);
	}).toPass({ timeout: 30_000 });
	await page.evaluate(() => window.scrollTo(0, 0));
	await frameOrPause(page);
}
