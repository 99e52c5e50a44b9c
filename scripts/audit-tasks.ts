/**
 * The audit's main-thread tasks from a Chromium trace: the longest task on the page's main thread by
 * wall time and by the thread's own CPU time. On a machine shared with other work (or where the page's
 * training workers take every core), a task's wall time includes the time the main thread waited for a
 * core; its CPU time is the work the page gave the main thread, the part the page's code decides. The
 * audit reports both, beside the Long Tasks API's figure (wall time, tasks over 50 ms only).
 */
import type { Browser, Page } from 'playwright';

export interface TaskFigures {
	/** The longest main-thread task, wall clock (ms). */
	wall_ms: number;
	/** The largest CPU time of one main-thread task (ms). */
	cpu_ms: number;
}

interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	dur?: number;
	tdur?: number;
	args?: { name?: string };
}

/** Starts a trace of `page`; the function it returns stops it and reads the longest task. */
export async function traceTasks(
	browser: Browser,
	page: Page
): Promise<() => Promise<TaskFigures>> {
	await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
	return async () => {
		const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
			traceEvents: TraceEvent[];
		};
		// The page's main thread: of the renderers' main threads, the one that ran the most tasks.
		const tasks = (e: TraceEvent) => e.name === 'RunTask' && e.ph === 'X';
		const mains = traceEvents.filter(
			(e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
		);
		const count = (m: TraceEvent) =>
			traceEvents.filter((e) => tasks(e) && e.pid === m.pid && e.tid === m.tid).length;
		const main = mains.sort((a, b) => count(b) - count(a))[0];
		const own = traceEvents.filter(
			(e) => main && tasks(e) && e.pid === main.pid && e.tid === main.tid
		);
		const longest = (key: 'dur' | 'tdur') =>
			Math.round(Math.max(0, ...own.map((e) => e[key] ?? 0)) / 100) / 10;
		return { wall_ms: longest('dur'), cpu_ms: longest('tdur') };
	};
}
