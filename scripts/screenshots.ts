// Screenshots of pages of the built site at desktop and phone widths, for looking at what we build.
// Usage: npx vite preview --port 4173 & npx tsx scripts/screenshots.ts /lessons/01-an-image-is-numbers ...
import { chromium } from 'playwright';
import { mkdirSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '../tests/chromium.js';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const out = process.env.OUT ?? '/tmp/convolutif-screenshots';
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];
const dark = process.env.DARK === '1';

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const [name, viewport] of [
	['desktop', { width: 1280, height: 900 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	const page = await browser.newPage({
		viewport,
		deviceScaleFactor: 1,
		colorScheme: dark ? 'dark' : 'light'
	});
	for (const path of paths) {
		await page.goto(base + path, { waitUntil: 'networkidle' });
		// Lessons create each figure only when scrolled near: scroll through first, as a reader would.
		await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
		for (let y = 0, height = 1; y < height; y += viewport.height / 2) {
			height = await page.evaluate(
				`window.scrollTo(0, ${y}); document.documentElement.scrollHeight`
			);
			await page.waitForTimeout(60);
		}
		await page.evaluate('window.scrollTo(0, 0)');
		await page.waitForLoadState('networkidle');
		// A full-page picture shows every part at once; the lesson lets the browser skip painting the
		// parts off screen (content-visibility), which a capture of the whole page would show blank.
		await page.addStyleTag({ content: 'section.part { content-visibility: visible !important; }' });
		const file = `${out}/${name}${dark ? '-dark' : ''}${path.replace(/[^a-z0-9]+/gi, '_') || '_index'}.png`;
		await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
		console.log(file);
	}
	await page.close();
}
await browser.close();
