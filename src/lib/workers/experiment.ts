/**
 * A worker of lesson 13's experiment (fine-tuning against training from scratch over training-set
 * sizes): it downloads the digits once, then trains what the page asks, one run at a time, each in
 * this one thread with the engine (src/lib/engine/lessons/sizeExperiment.ts). The page starts a few
 * of these and hands each the next run as soon as it answers, so the runs share the cores.
 */
import { decodeMnist, type MnistData } from '../engine/data/mnist';
import { loadFastKernels } from '../engine/kernels';
import { runJob, trainBase } from '../engine/lessons/sizeExperiment';
import type { FromExperiment, ToExperiment } from './experimentProtocol';

const scope = self as unknown as {
	postMessage(message: FromExperiment): void;
	onmessage: ((event: MessageEvent<ToExperiment>) => void) | null;
};

let dataUrl = '';
let ready: Promise<MnistData> | null = null;
let base = '';

function digits(): Promise<MnistData> {
	ready ??= (async () => {
		const response = await fetch(dataUrl);
		if (!response.ok)
			throw new Error(`the digits file could not be downloaded (${response.status})`);
		// WebAssembly SIMD kernels where the browser has them; the JavaScript ones otherwise.
		const [data] = await Promise.all([
			decodeMnist(await response.arrayBuffer()),
			loadFastKernels().catch(() => false)
		]);
		return data;
	})();
	ready.catch(() => (ready = null));
	return ready;
}

async function answer(message: ToExperiment): Promise<void> {
	switch (message.type) {
		case 'setup':
			dataUrl = message.dataUrl;
			return;
		case 'base': {
			const data = await digits();
			const { text, accuracy } = trainBase(data);
			base = text;
			scope.postMessage({ type: 'base', text, accuracy });
			return;
		}
		case 'use-base':
			base = message.text;
			return;
		case 'job': {
			const data = await digits();
			const accuracy = runJob(data, base, message.job);
			scope.postMessage({ type: 'result', job: message.job, accuracy });
			return;
		}
	}
}

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
	// One message at a time, in order: a run never starts before the base it needs has arrived.
	queue = queue.then(() =>
		answer(event.data).catch((error: unknown) =>
			scope.postMessage({ type: 'failed', message: (error as Error).message })
		)
	);
};
