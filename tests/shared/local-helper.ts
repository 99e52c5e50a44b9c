/**
 * A training helper that answers in-process, running exactly what the helper Web Worker runs
 * (src/lib/workers/gradients.ts calls answerHelper), so that Node can train as the page does across
 * workers: the unit tests of shares.ts and the e2e test that checks the playground's accuracy.
 */
import {
	answerHelper,
	type Helper,
	type HelperState,
	type ShareAnswer,
	type ToHelper
} from '../../src/lib/workers/shares';

/** A helper that answers after `delayMs` (answers still come back in order). */
export function localHelper(delayMs = 0): Helper {
	const state: HelperState = { model: null };
	const answers: Promise<ShareAnswer>[] = [];
	return {
		send(message: ToHelper) {
			// Structured clone, as postMessage does: the helper never sees the sender's arrays.
			const copy = structuredClone(message);
			const answer = answerHelper(state, copy);
			if (answer) answers.push(new Promise((r) => setTimeout(() => r(answer), delayMs)));
		},
		next: () => answers.shift()!,
		terminate() {}
	};
}
