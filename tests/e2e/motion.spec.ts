import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectErrors, open } from './helpers';

// "Classroom and reach": reduced motion is honoured (figures step, nothing moves between steps), and
// a figure set playing does no work while it is scrolled away.

const url = '/lessons/03-the-sliding-window';
const title = 'The sliding window, one position at a time';

function stepper(page: Page): Locator {
	return page.getByRole('figure', { name: title }).first();
}

/** The window the figure's live description names: "Window 3 of 9 (...)" gives 3. */
async function windowShown(figure: Locator): Promise<number> {
	const text = await figure.locator('[aria-live="polite"]').textContent();
	const match = /Window (\d+) of 9/.exec(text ?? '');
	if (!match) throw new Error(`no window in the description: ${text}`);
	return Number(match[1]);
}

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('a playing stepper jumps from window to window: no transition, no animation, no smooth scroll', async ({
		page
	}) => {
		const errors = collectErrors(page);
		// Checked before open(), whose scrolling through the page would itself trip on smooth scrolling.
		await page.goto(url);
		expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
			true
		);
		expect(
			await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)
		).toBe('auto');
		await open(page, url);

		// Nothing on the page may take time to change (app.css cuts transitions to 0.001 ms).
		const slow = await page.evaluate(() => {
			const seconds = (list: string) => Math.max(...list.split(',').map((s) => parseFloat(s)));
			return [...document.querySelectorAll('*')]
				.map((element) => {
					const style = getComputedStyle(element);
					const longest = Math.max(
						seconds(style.transitionDuration),
						seconds(style.animationDuration)
					);
					return {
						element: `${element.tagName.toLowerCase()}.${element.getAttribute('class')}`,
						longest
					};
				})
				.filter(({ longest }) => longest > 0.000001)
				.slice(0, 5);
		});
		expect(slow).toEqual([]);

		const figure = stepper(page);
		await figure.scrollIntoViewIfNeeded();
		await figure.getByLabel('Speed').selectOption('fast');
		await figure.getByRole('button', { name: 'Play' }).click();

		// Every frame until the last window: what is running (CSS animations and transitions), the
		// window the figure names, and its drawing (the SVG over its grids).
		const frames = await figure.evaluate(async (element) => {
			const samples: { window: number; animations: number; drawing: string }[] = [];
			const started = performance.now();
			while (performance.now() - started < 15_000) {
				await new Promise((resolve) => requestAnimationFrame(resolve));
				const text = element.querySelector('[aria-live="polite"]')?.textContent ?? '';
				samples.push({
					window: Number(/Window (\d+) of 9/.exec(text)?.[1] ?? NaN),
					animations: document.getAnimations().length,
					drawing: [...element.querySelectorAll('svg')].map((svg) => svg.outerHTML).join('')
				});
				if (samples[samples.length - 1].window === 9) break;
			}
			return samples;
		});

		expect(frames.length).toBeGreaterThan(10);
		expect(
			frames
				.filter((frame) => frame.animations > 0)
				.map(({ window, animations }) => ({ window, animations }))
		).toEqual([]);
		// Whole steps, one at a time, to the end.
		const windows = frames.map((frame) => frame.window).filter((w, i, all) => w !== all[i - 1]);
		expect(windows.at(-1)).toBe(9);
		expect(windows.length).toBeGreaterThanOrEqual(5);
		expect(windows.slice(1).map((w, i) => w - windows[i])).toEqual(windows.slice(1).map(() => 1));
		// Between two steps nothing moves: one drawing per window, however many frames it lasted.
		for (const shown of windows) {
			const drawings = new Set(frames.filter((f) => f.window === shown).map((f) => f.drawing));
			expect(drawings.size, `drawings seen at window ${shown}`).toBe(1);
		}

		expect(errors).toEqual([]);
	});
});

test.describe('figures off screen', () => {
	// The page's clock is driven by the test (Playwright's fake timers): the stepper's timer fires only
	// when the test lets time pass, and where the figure is comes from Lazy's own observer
	// (`data-on-screen` on the figure's frame), so nothing here depends on how busy the machine is.
	test('a playing stepper sleeps while scrolled away and plays on when it comes back', async ({
		page
	}) => {
		const errors = collectErrors(page);
		const start = new Date('2026-01-01T08:00:00Z');
		await page.clock.install({ time: start });
		await open(page, url);
		const figure = stepper(page);
		const frame = page.locator('[data-on-screen]').filter({ has: figure }).first();
		const play = figure.getByRole('button', { name: /^(Play|Pause)$/ });
		const step = 700; // one window per 0.7 s at the default speed
		await figure.scrollIntoViewIfNeeded();
		await expect(frame).toHaveAttribute('data-on-screen', 'true');
		// From here on, time passes only when the test says so.
		// (A day after the start: always ahead of the page's clock, however long opening took.)
		await page.clock.pauseAt(start.getTime() + 86_400_000);
		await play.click();
		await page.clock.runFor(step);
		await expect(figure.locator('[aria-live="polite"]')).toContainText('Window 2 of 9');

		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await expect(frame).toHaveAttribute('data-on-screen', 'false');
		const away = await windowShown(figure);
		await page.clock.runFor(3 * step);
		expect(await windowShown(figure), 'window after three steps of time away').toBe(away);
		// It sleeps, it is not paused: the reader's Play still stands.
		await expect(play).toHaveText('Pause');
		await expect(play).toHaveAttribute('aria-pressed', 'true');

		await figure.scrollIntoViewIfNeeded();
		await expect(frame).toHaveAttribute('data-on-screen', 'true');
		await page.clock.runFor(step);
		await expect(figure.locator('[aria-live="polite"]')).toContainText(`Window ${away + 1} of 9`);

		// A stepper the reader paused stays paused through a trip away and back.
		await play.click();
		await expect(play).toHaveText('Play');
		const paused = await windowShown(figure);
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await expect(frame).toHaveAttribute('data-on-screen', 'false');
		await figure.scrollIntoViewIfNeeded();
		await expect(frame).toHaveAttribute('data-on-screen', 'true');
		await page.clock.runFor(3 * step);
		expect(await windowShown(figure)).toBe(paused);
		await expect(play).toHaveText('Play');
		expect(errors).toEqual([]);
	});
});
