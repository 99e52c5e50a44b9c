/**
 * A helper of the training worker: it holds a copy of the network and, for each share of a batch it is
 * sent, computes that share's gradients and sends them back with the buffers (see shares.ts).
 */
import { loadFastKernels } from '../engine/kernels';
import { answerHelper, type HelperState, type ToHelper } from './shares';

const scope = self as unknown as {
	postMessage(message: unknown, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent<ToHelper>) => void) | null;
};

const state: HelperState = { model: null };
const ready = loadFastKernels().catch(() => false);

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
	const message = event.data;
	queue = queue.then(async () => {
		await ready;
		const answer = answerHelper(state, message);
		if (answer) {
			scope.postMessage(answer, [
				answer.weights.buffer,
				answer.x.buffer,
				answer.labels.buffer,
				answer.grads.buffer
			]);
		}
	});
};
