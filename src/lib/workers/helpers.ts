/**
 * Starting the helpers of the training worker: as many Web Workers as the page asked for (one fewer
 * than the workers that train, since the training worker takes a share itself).
 */
import type { Helper, ShareAnswer, ToHelper } from './shares';

/** A Web Worker running gradients.ts, behind the Helper interface. */
function webHelper(): Helper {
	const worker = new Worker(new URL('./gradients.ts', import.meta.url), { type: 'module' });
	const waiting: ((answer: ShareAnswer) => void)[] = [];
	const arrived: ShareAnswer[] = [];
	worker.onmessage = (event: MessageEvent<ShareAnswer>) => {
		const resolve = waiting.shift();
		if (resolve) resolve(event.data);
		else arrived.push(event.data);
	};
	return {
		send: (message: ToHelper, transfer: Transferable[]) => worker.postMessage(message, transfer),
		next: () => {
			const answer = arrived.shift();
			return answer ? Promise.resolve(answer) : new Promise((resolve) => waiting.push(resolve));
		},
		terminate: () => worker.terminate()
	};
}

/**
 * `count` helpers, or fewer where this browser cannot start a worker from a worker (then training
 * goes on with the workers it has). `const helpers = startHelpers(workers - 1)`
 */
export function startHelpers(count: number): Helper[] {
	const helpers: Helper[] = [];
	if (typeof Worker !== 'function') return helpers;
	for (let i = 0; i < count; i++) {
		try {
			helpers.push(webHelper());
		} catch {
			break;
		}
	}
	return helpers;
}
