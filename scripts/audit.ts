// `npm run audit`: the performance budget of issue "Classroom and reach", measured, not asserted.
// Builds nothing: run `npm run build` first. Serves the build with vite preview, then for the index
// and every lesson runs Lighthouse (mobile, Debian's Chromium) and reports the performance and
// accessibility scores and the JavaScript a page loads up front, gzip-compressed. Then, on the
// training lesson, measures the longest main-thread task while LeNet trains and a slider is dragged
// (the reader scrolls from the training figure to the digit figure, waking it, then drags its slider).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../tests/chromium.js';

const port = Number(process.env.AUDIT_PORT ?? 4175);
const base = `http://127.0.0.1:${port}`;
const buildDir = process.env.BUILD_DIR ?? 'build';
const budgetKb = 150;

const lessons = readdirSync('content')
	.filter((file) => /^\d\d-.+\.md$/.test(file))
	.sort()
	.map((file) => `/lessons/${file.replace(/\.md$/, '')}`);
const pages = ['/', ...lessons];

const server = spawn(
	'npx',
	['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
	{ stdio: 'ignore', detached: true }
);
const stopServer = () => {
	try {
		if (server.pid) process.kill(-server.pid);
	} catch {
		// already gone
	}
};
async function waitForServer() {
	for (let i = 0; i < 240; i++) {
		try {
			if ((await fetch(base)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`vite preview did not answer on ${base}`);
}

/** gzip size of a built file, as a static host would send it. */
function gzippedSize(pathname: string): number {
	const file = `${buildDir}${pathname}`;
	return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
}

interface Row {
	page: string;
	performance: number;
	accessibility: number;
	jsKb: number;
	lcpMs: number;
	tbtMs: number;
}

const rows: Row[] = [];
try {
	await waitForServer();
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', ...chromiumArgs]
	});
	try {
		for (const path of pages) {
			const result = await lighthouse(`${base}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility']
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { lhr } = result;
			const requests =
				(
					lhr.audits['network-requests']?.details as {
						items?: { url: string; resourceType?: string }[];
					}
				)?.items ?? [];
			const scripts = requests.filter(
				(request) => request.resourceType === 'Script' && request.url.startsWith(base)
			);
			const jsBytes = scripts.reduce(
				(sum, request) => sum + gzippedSize(new URL(request.url).pathname),
				0
			);
			rows.push({
				page: path,
				performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
				accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
				jsKb: Math.round(jsBytes / 102.4) / 10,
				lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
				tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0)
			});
			console.error(`audited ${path}`);
		}
	} finally {
		await chrome.kill();
	}

	// Main-thread tasks while LeNet trains in its worker and a slider is dragged.
	let longestTaskMs: number | null = null;
	let trainingNote = 'no training lesson with a Start button found';
	const trainingPage = lessons.find((path) => path.includes('12-'));
	if (trainingPage) {
		const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
		const page = await browser.newPage();
		await page.goto(`${base}${trainingPage}`);
		await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
		await page.evaluate(() => {
			const w = window as unknown as { __longest: number };
			w.__longest = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
			}).observe({ type: 'longtask', buffered: false });
		});
		// Figures wake when scrolled near: bring the training figure on screen.
		for (let step = 0; step < 60; step++) {
			if (await page.getByRole('figure', { name: /Train LeNet/ }).count()) break;
			await page.mouse.wheel(0, 600);
			await page.waitForTimeout(100);
		}
		await page
			.getByRole('figure', { name: /Train LeNet/ })
			.first()
			.scrollIntoViewIfNeeded()
			.catch(() => undefined);
		const start = page.getByRole('button', { name: /^(Start|Train)/ }).first();
		await start.waitFor({ timeout: 10_000 }).catch(() => undefined);
		if (await start.count()) {
			await start.click();
			// The reader scrolls on to the digit figure while training runs and drags its slider
			// through the test digits (each position asks the training worker for every layer's maps).
			const slider = page.getByRole('slider', { name: 'Browse the test digits' });
			for (let step = 0; step < 60 && !(await slider.count()); step++) {
				await page.mouse.wheel(0, 400);
				await page.waitForTimeout(100);
			}
			await slider.scrollIntoViewIfNeeded();
			const deadline = Date.now() + 15_000;
			let drags = 0;
			while (Date.now() < deadline) {
				const box = await slider.boundingBox();
				if (!box) break;
				const y = box.y + box.height / 2;
				await page.mouse.move(box.x + 4, y);
				await page.mouse.down();
				for (let i = 0; i <= 20; i++) {
					await page.mouse.move(box.x + 4 + (i / 20) * (box.width - 8), y);
					await page.waitForTimeout(50);
				}
				await page.mouse.up();
				drags++;
			}
			const examples = await page.getByTestId('examples').innerText();
			longestTaskMs = Math.round(
				await page.evaluate(() => (window as unknown as { __longest: number }).__longest)
			);
			trainingNote = `15 s of training on ${trainingPage} (${examples} examples) while the test-digit slider was dragged end to end ${drags} times`;
		}
		await browser.close();
	}

	console.log(
		'\npage                                         perf  a11y  JS up front (gzip)  LCP ms  TBT ms'
	);
	for (const row of rows) {
		console.log(
			`${row.page.padEnd(44)} ${String(row.performance).padStart(4)}  ${String(row.accessibility).padStart(4)}  ${`${row.jsKb} KB`.padStart(18)}  ${String(row.lcpMs).padStart(6)}  ${String(row.tbtMs).padStart(6)}`
		);
	}
	console.log(
		`\nlongest main-thread task during training: ${longestTaskMs === null ? 'not measured' : `${longestTaskMs} ms`} (${trainingNote})`
	);
	const failures = rows.filter(
		(row) => row.performance < 90 || row.accessibility < 100 || row.jsKb > budgetKb
	);
	console.log(
		failures.length === 0
			? `budget met on every page: performance >= 90, accessibility 100, JS <= ${budgetKb} KB`
			: `over budget: ${failures.map((row) => row.page).join(', ')}`
	);
	for (const row of rows) console.log(JSON.stringify(row));
} finally {
	stopServer();
}
