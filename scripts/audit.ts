// `npm run audit`: how the built site performs, measured, never asserted. Builds nothing: run
// `npm run build` first. Serves the build with vite preview, then:
//
// 1. Lighthouse (mobile, Debian's Chromium) on the index, every lesson, the glossary and the widget index,
//    in English and in French, AUDIT_RUNS times each (3 by default): the median performance score, total blocking time, largest contentful paint and
//    accessibility score, and the JavaScript a page loads up front (gzip).
// 2. Lesson 12 in Chromium: Start, then read the page's own figures until its test accuracy reaches 98 %
//    (or AUDIT_TRAIN_SECONDS, 120 by default): examples per second with the workers the page chose (and
//    how many it chose), seconds from Start to 98 %, the longest main-thread task while it trains (Long
//    Tasks API, and from a Chromium trace its wall and CPU time: audit-tasks.ts), and the
//    page's memory while it trains (audit-memory.ts: the page's renderer process, and what the page and
//    its workers hold, for which this part serves the build cross-origin isolated on AUDIT_PORT + 1).
//    Then the longest task while the reader drags the test-digit slider as training goes on.
//
// Prints a table, then one JSON line per page and one for the training. AUDIT_PAGES=/,/lessons/12-...
// (comma-separated) audits only those pages; AUDIT_RUNS=0 skips Lighthouse.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../tests/chromium.js';
import {
	EAGER_MEMORY_FLAG,
	type Memory,
	MEMORY_SOURCES,
	memory,
	serveIsolated
} from './audit-memory';
import { type TaskFigures, traceTasks } from './audit-tasks';

const port = Number(process.env.AUDIT_PORT ?? 4175);
const base = `http://127.0.0.1:${port}`;
const buildDir = process.env.BUILD_DIR ?? 'build';
const runs = Number(process.env.AUDIT_RUNS ?? 3);
const trainCap = Number(process.env.AUDIT_TRAIN_SECONDS ?? 120);
const target = 98;

const lessons = readdirSync('content')
	.filter((file) => /^\d\d-.+\.md$/.test(file))
	.sort()
	.map((file) => `/lessons/${file.replace(/\.md$/, '')}`);
// Every kind of page, in English and in its French twin under /fr.
const english = ['/', ...lessons, '/glossary', '/widgets'];
const pages = process.env.AUDIT_PAGES
	? process.env.AUDIT_PAGES.split(',')
	: [...english, ...english.map((page) => (page === '/' ? '/fr' : `/fr${page}`))];

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

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

interface PageRow {
	page: string;
	runs: number;
	performance: number;
	accessibility: number;
	tbtMs: number;
	lcpMs: number;
	jsKb: number;
}

async function lighthouseRows(): Promise<PageRow[]> {
	const rows: PageRow[] = [];
	if (runs < 1) return rows;
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumPath(),
		chromeFlags: ['--headless=new', ...chromiumArgs]
	});
	try {
		for (const path of pages) {
			const samples: Record<'performance' | 'accessibility' | 'tbtMs' | 'lcpMs', number[]> = {
				performance: [],
				accessibility: [],
				tbtMs: [],
				lcpMs: []
			};
			let jsKb = 0;
			for (let run = 0; run < runs; run++) {
				const result = await lighthouse(`${base}${path}`, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility']
				});
				if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
				const { lhr } = result;
				samples.performance.push((lhr.categories.performance.score ?? 0) * 100);
				samples.accessibility.push((lhr.categories.accessibility.score ?? 0) * 100);
				samples.tbtMs.push(lhr.audits['total-blocking-time']?.numericValue ?? 0);
				samples.lcpMs.push(lhr.audits['largest-contentful-paint']?.numericValue ?? 0);
				const requests =
					(
						lhr.audits['network-requests']?.details as {
							items?: { url: string; resourceType?: string }[];
						}
					)?.items ?? [];
				const jsBytes = requests
					.filter((request) => request.resourceType === 'Script' && request.url.startsWith(base))
					.reduce((sum, request) => sum + gzippedSize(new URL(request.url).pathname), 0);
				jsKb = Math.round(jsBytes / 102.4) / 10;
			}
			rows.push({
				page: path,
				runs,
				performance: Math.round(median(samples.performance)),
				accessibility: Math.round(median(samples.accessibility)),
				tbtMs: Math.round(median(samples.tbtMs)),
				lcpMs: Math.round(median(samples.lcpMs)),
				jsKb
			});
			console.error(`audited ${path} (${runs} runs)`);
		}
	} finally {
		await chrome.kill();
	}
	return rows;
}

interface TrainingRow {
	page: string;
	workers: number | null;
	kernels: string;
	examples_per_s: number | null;
	examples_per_page_s: number | null;
	seconds_to_98: number | null;
	page_seconds_to_98: number | null;
	final_test_accuracy: number | null;
	examples: number;
	longest_task_training_ms: number;
	/** The same from a trace: the longest task's wall time, and the most CPU time one task took. */
	longest_task_training_trace: TaskFigures;
	longest_task_dragging_ms: number;
	memory_peak: Memory;
	memory_sources: string;
}

const number = (text: string) => Number.parseFloat(text.replace(/[^\d.]/g, ''));

async function training(path: string): Promise<TrainingRow | null> {
	// Served cross-origin isolated, so that the page's own memory can be measured (audit-memory.ts).
	const isolated = await serveIsolated(buildDir, port + 1);
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: [...chromiumArgs, EAGER_MEMORY_FLAG]
	});
	try {
		const page = await browser.newPage();
		await page.goto(`${isolated.base}${path}`);
		await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
		const figure = page.getByRole('figure', { name: 'Train LeNet-5 on handwritten digits' });
		// Lesson figures wake when scrolled near: scroll until the training figure exists.
		for (let step = 0; step < 80 && (await figure.count()) === 0; step++) {
			await page.mouse.wheel(0, 600);
			await page.waitForTimeout(100);
		}
		if ((await figure.count()) === 0) return null;
		await figure.scrollIntoViewIfNeeded();
		// Long tasks (over 50 ms) on the main thread, split by phase.
		await page.evaluate(() => {
			const w = window as unknown as { __longest: number };
			w.__longest = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
			}).observe({ type: 'longtask', buffered: false });
		});
		const longest = async (reset: boolean) =>
			page.evaluate((reset) => {
				const w = window as unknown as { __longest: number };
				const value = w.__longest;
				if (reset) w.__longest = 0;
				return value;
			}, reset);
		const read = async () => ({
			at: performance.now(),
			examples: number(await figure.getByTestId('examples').innerText()),
			accuracy: number(await figure.getByTestId('test-accuracy').innerText()),
			pageSeconds: number(
				await figure.locator('dt', { hasText: 'Seconds of training' }).locator('+ dd').innerText()
			)
		});

		const stopTrace = await traceTasks(browser, page);
		const started = performance.now();
		await figure.getByRole('button', { name: 'Start training' }).click();
		let first: Awaited<ReturnType<typeof read>> | null = null;
		let last = await read();
		let reached: Awaited<ReturnType<typeof read>> | null = null;
		const peak: Memory = {
			renderer_private_mb: null,
			other_renderers_mb: null,
			main_js_heap_mb: null,
			user_agent_specific_mb: null,
			workers_mb: null
		};
		let samples = 0;
		while (performance.now() - started < trainCap * 1000) {
			await page.waitForTimeout(500);
			last = await read();
			if (!first && last.examples > 0) first = last;
			if (!reached && last.accuracy >= target) reached = last;
			if (samples++ % 6 === 0) {
				const now = await memory(browser, page);
				for (const key of Object.keys(peak) as (keyof Memory)[]) {
					const value = now[key];
					if (value !== null) peak[key] = Math.max(peak[key] ?? 0, value);
				}
			}
			if (reached) break;
		}
		const workersText = await figure.getByTestId('training-workers').innerText();
		const longestTraining = await longest(true);
		const traced = await stopTrace();

		// Then the reader drags the test-digit slider while training goes on (each position asks the
		// training worker for every layer's feature maps).
		const slider = page.getByRole('slider', { name: 'Browse the test digits' });
		for (let step = 0; step < 60 && !(await slider.count()); step++) {
			await page.mouse.wheel(0, 400);
			await page.waitForTimeout(100);
		}
		let longestDragging = 0;
		if (await slider.count()) {
			await slider.scrollIntoViewIfNeeded();
			const until = performance.now() + 10_000;
			while (performance.now() < until) {
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
			}
			longestDragging = await longest(false);
		}

		const wallRate =
			first && last.at > first.at
				? (last.examples - first.examples) / ((last.at - first.at) / 1000)
				: null;
		const workers = /Training on (\d+) Web Worker/.exec(workersText);
		return {
			page: path,
			workers: workers ? Number(workers[1]) : null,
			kernels: /WebAssembly SIMD/.test(workersText) ? 'wasm-simd' : 'js',
			examples_per_s: wallRate === null ? null : Math.round(wallRate),
			examples_per_page_s:
				last.pageSeconds > 0 ? Math.round(last.examples / last.pageSeconds) : null,
			seconds_to_98: reached ? Math.round((reached.at - started) / 100) / 10 : null,
			page_seconds_to_98: reached ? reached.pageSeconds : null,
			final_test_accuracy: last.accuracy,
			examples: last.examples,
			longest_task_training_ms: Math.round(longestTraining),
			longest_task_training_trace: traced,
			longest_task_dragging_ms: Math.round(longestDragging),
			memory_peak: peak,
			memory_sources: MEMORY_SOURCES
		};
	} finally {
		await browser.close();
		isolated.close();
	}
}

try {
	await waitForServer();
	const rows = await lighthouseRows();
	const trainingPage = lessons.find((path) => path.includes('/12-'));
	const train = trainingPage ? await training(trainingPage) : null;

	if (rows.length) {
		console.log(
			`\nLighthouse (mobile), median of ${runs} runs per page\n| page | performance | accessibility | TBT ms | LCP ms | JS up front (gzip) |\n|---|---:|---:|---:|---:|---:|`
		);
		for (const row of rows) {
			console.log(
				`| ${row.page} | ${row.performance} | ${row.accessibility} | ${row.tbtMs} | ${row.lcpMs} | ${row.jsKb} KB |`
			);
		}
	}
	if (train) {
		const m = train.memory_peak;
		const show = (v: number | null, unit = '') => (v === null ? 'not measured' : `${v}${unit}`);
		console.log(`\nLesson 12 in Chromium (${train.page}), the page's own figures`);
		console.log('| figure | value |\n|---|---:|');
		console.log(`| workers the page chose | ${show(train.workers)} (${train.kernels} kernels) |`);
		console.log(`| examples/s while training (wall clock) | ${show(train.examples_per_s)} |`);
		console.log(
			`| examples / the page's seconds of training | ${show(train.examples_per_page_s)} |`
		);
		console.log(
			`| seconds from Start to ${target} % test accuracy | ${train.seconds_to_98 === null ? `not reached in ${trainCap} s (last ${train.final_test_accuracy} %)` : `${train.seconds_to_98} s (page: ${train.page_seconds_to_98} s of training)`} |`
		);
		console.log(
			`| longest main-thread task while training | ${train.longest_task_training_ms} ms |`
		);
		console.log(
			`| the same in a trace: wall time, and the most CPU time one task took | ${train.longest_task_training_trace.wall_ms} ms, ${train.longest_task_training_trace.cpu_ms} ms CPU |`
		);
		console.log(
			`| longest main-thread task while dragging the digit slider | ${train.longest_task_dragging_ms} ms |`
		);
		console.log(
			`| memory while training, the page's renderer private (all its threads) | ${show(m.renderer_private_mb, ' MB')} |`
		);
		console.log(
			`| the browser's other renderers (not the page) | ${show(m.other_renderers_mb, ' MB')} |`
		);
		console.log(
			`| memory the page and its workers hold (measureUserAgentSpecificMemory) | ${show(m.user_agent_specific_mb, ' MB')}, ${show(m.workers_mb, ' MB')} in the workers |`
		);
		console.log(
			`| memory while training, main-thread JS heap | ${show(m.main_js_heap_mb, ' MB')} |`
		);

		console.log('(long tasks are those over 50 ms: 0 means none)');
	}
	console.log('');
	for (const row of rows) console.log(JSON.stringify(row));
	if (train) console.log(JSON.stringify({ training: train }));
} finally {
	stopServer();
}
