// The page's memory for `npm run audit` (scripts/audit.ts): the renderer process that runs the page, as
// Linux counts it, and what the page and its workers hold themselves, which Chromium measures only for a
// cross-origin isolated page: `serveIsolated` serves the build that way for the training measurement
// (the site itself needs no isolation, so any static host serves it).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import type { Browser, Page } from 'playwright';

/** The page's memory: what each source says, in MB, with the source named. */
export interface Memory {
	/**
	 * The private resident memory (Linux RssAnon) of the renderer process that holds the page: its main
	 * thread, its service worker and its training workers (known by their "DedicatedWorker" threads).
	 */
	renderer_private_mb: number | null;
	/** The browser's other renderer processes (a spare one kept ready, the start-up tab): not the page. */
	other_renderers_mb: number | null;
	/** The page's main-thread JavaScript heap in use (CDP Performance.getMetrics, JSHeapUsedSize). */
	main_js_heap_mb: number | null;
	/**
	 * What the page itself holds (performance.measureUserAgentSpecificMemory: JavaScript heaps,
	 * typed arrays and WebAssembly memory of the page and its workers, DOM, canvases); needs the page
	 * cross-origin isolated, as `serveIsolated` serves it.
	 */
	user_agent_specific_mb: number | null;
	/** The same, for the page's Web Workers only (the training worker and its helpers). */
	workers_mb: number | null;
}

export const MEMORY_SOURCES =
	"renderer_private_mb: RssAnon from /proc of the renderer process running the page and its workers (main thread, service worker, training workers, WebAssembly memory, and each thread's own engine); other_renderers_mb: the browser's other renderer processes (not the page); main_js_heap_mb: CDP Performance.getMetrics JSHeapUsedSize (main thread only); user_agent_specific_mb: performance.measureUserAgentSpecificMemory, what the page and its workers hold themselves (the page is served cross-origin isolated for this measurement); workers_mb: its share in the Web Workers";

/** Chromium flag for the training browser: measureUserAgentSpecificMemory answers at once. */
export const EAGER_MEMORY_FLAG = '--enable-blink-features=ForceEagerMeasureMemory';

const mb = (bytes: number) => Math.round(bytes / 104857.6) / 10;

/** The renderer processes of this browser (it holds only the audited page): their pids, from CDP. */
async function rendererPids(browser: Browser): Promise<number[]> {
	const cdp = await browser.newBrowserCDPSession();
	const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
		processInfo: { type: string; id: number }[];
	};
	await cdp.detach();
	return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
}

/** Whether a process has a Web Worker thread (Chromium names them "DedicatedWorker …"). */
function runsWorkers(pid: number): boolean {
	try {
		return readdirSync(`/proc/${pid}/task`).some((thread) => {
			try {
				return readFileSync(`/proc/${pid}/task/${thread}/comm`, 'utf8').startsWith(
					'DedicatedWorker'
				);
			} catch {
				return false; // the thread ended meanwhile
			}
		});
	} catch {
		return false;
	}
}

export async function memory(browser: Browser, page: Page): Promise<Memory> {
	// While it trains, the page's renderer is the one running Web Workers. Checked by hand once: with
	// that process stopped (SIGSTOP) the page stops answering; with either other one stopped it answers.
	let rendererBytes: number | null = null;
	let otherBytes: number | null = null;
	for (const pid of await rendererPids(browser).catch(() => [])) {
		const status = `/proc/${pid}/status`;
		if (!existsSync(status)) continue;
		const match = /RssAnon:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'));
		if (!match) continue;
		const bytes = Number(match[1]) * 1024;
		if (runsWorkers(pid)) rendererBytes = (rendererBytes ?? 0) + bytes;
		else otherBytes = (otherBytes ?? 0) + bytes;
	}
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	const { metrics } = await cdp.send('Performance.getMetrics');
	await cdp.detach();
	const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
	const agent = await page.evaluate(async () => {
		const p = performance as Performance & {
			measureUserAgentSpecificMemory?: () => Promise<{
				bytes: number;
				breakdown: { bytes: number; attribution: { scope: string }[] }[];
			}>;
		};
		if (!crossOriginIsolated || !p.measureUserAgentSpecificMemory) return null;
		const result = await p.measureUserAgentSpecificMemory();
		const workers = result.breakdown
			.filter((part) => part.attribution.some((a) => a.scope === 'DedicatedWorkerGlobalScope'))
			.reduce((sum, part) => sum + part.bytes, 0);
		return { total: result.bytes, workers };
	});
	return {
		renderer_private_mb: rendererBytes === null ? null : mb(rendererBytes),
		other_renderers_mb: otherBytes === null ? null : mb(otherBytes),
		main_js_heap_mb: heap === null ? null : mb(heap),
		user_agent_specific_mb: agent === null ? null : mb(agent.total),
		workers_mb: agent === null ? null : mb(agent.workers)
	};
}

const TYPES: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webmanifest': 'application/manifest+json',
	'.gz': 'application/gzip'
};

/**
 * Serves the built site from `root` on `port` with the headers of cross-origin isolation (COOP and
 * COEP), as a static host could. `const server = await serveIsolated('build', 4176)`
 */
export async function serveIsolated(
	root: string,
	port: number
): Promise<{ base: string; close: () => void }> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
		let file = join(root, path);
		if (existsSync(`${file}.html`) && !existsSync(join(file, 'index.html'))) file = `${file}.html`;
		else if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cross-origin-opener-policy': 'same-origin',
			'cross-origin-embedder-policy': 'require-corp'
		});
		response.end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return { base: `http://127.0.0.1:${port}`, close: () => server.close() };
}
