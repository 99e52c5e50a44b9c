/**
 * Runs lesson 13's experiment in Web Workers (src/lib/workers/experiment.ts): one worker trains the
 * base network, then every worker takes the next run as soon as it is free. The figure reads the
 * fields (reactive); nothing here trains or measures, the workers do, with the engine.
 */
import { asset } from '$app/paths';
import { m } from '$lib/paraglide/messages';
import { MNIST_PATH } from '$lib/engine/data/mnist';
import { experimentJobs, type Job } from '$lib/engine/lessons/sizeExperiment';
import type { FromExperiment, ToExperiment } from '$lib/workers/experimentProtocol';
import type { JobResult } from './sizeCurves';

export type ExperimentState = 'idle' | 'base' | 'running' | 'stopped' | 'done' | 'error';

/** As many workers as the browser reports cores, at most four, at least one. */
function workerCount(): number {
	const cores = typeof navigator === 'object' ? navigator.hardwareConcurrency || 1 : 1;
	return Math.max(1, Math.min(4, cores));
}

export class SizeExperiment {
	state: ExperimentState = $state('idle');
	/** Why it stopped, when it failed. */
	problem = $state('');
	baseAccuracy: number | null = $state(null);
	results: JobResult[] = $state.raw([]);
	readonly total = experimentJobs().length;

	#workers: Worker[] = [];
	#queue: Job[] = [];

	/** Trains the base network, then every run; a second call starts again from nothing. */
	start(): void {
		this.stop();
		this.results = [];
		this.baseAccuracy = null;
		this.problem = '';
		this.state = 'base';
		this.#queue = experimentJobs();
		const count = Math.min(workerCount(), this.#queue.length);
		this.#workers = Array.from({ length: count }, () => this.#startWorker());
		this.#post(this.#workers[0], { type: 'base' });
	}

	/** Stops every worker; the runs finished so far stay on the figure. */
	stop(): void {
		for (const worker of this.#workers) worker.terminate();
		this.#workers = [];
		this.#queue = [];
		if (this.state === 'base' || this.state === 'running') this.state = 'stopped';
	}

	#startWorker(): Worker {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- Vite's worker URL pattern, not state
		const worker = new Worker(new URL('../../workers/experiment.ts', import.meta.url), {
			type: 'module'
		});
		worker.onmessage = (event: MessageEvent<FromExperiment>) => this.#receive(worker, event.data);
		worker.onerror = (event) => this.#fail(event.message || m.finetune_worker_stopped());
		this.#post(worker, { type: 'setup', dataUrl: asset(MNIST_PATH) });
		return worker;
	}

	#post(worker: Worker, message: ToExperiment): void {
		worker.postMessage(message);
	}

	#receive(worker: Worker, message: FromExperiment): void {
		if (!this.#workers.includes(worker)) return;
		switch (message.type) {
			case 'base':
				this.baseAccuracy = message.accuracy;
				this.state = 'running';
				for (const each of this.#workers) {
					if (each !== worker) this.#post(each, { type: 'use-base', text: message.text });
					this.#next(each);
				}
				return;
			case 'result':
				this.results = [...this.results, { job: message.job, accuracy: message.accuracy }];
				if (this.results.length === this.total) {
					this.stop();
					this.state = 'done';
				} else this.#next(worker);
				return;
			case 'failed':
				this.#fail(message.message);
		}
	}

	#next(worker: Worker): void {
		const job = this.#queue.shift();
		if (job) this.#post(worker, { type: 'job', job });
	}

	#fail(message: string): void {
		this.stop();
		this.state = 'error';
		this.problem = message;
	}
}
