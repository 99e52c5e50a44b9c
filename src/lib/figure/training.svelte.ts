/**
 * The state shared by the training figures of lessons 12 and 13 (in the kit, since two topics use
 * it): one training session in a Web Worker. Figures read its fields (reactive) and call its methods; nothing here trains or computes,
 * the worker does (src/lib/workers/train.ts, with the engine). The worker is created, and the digits
 * downloaded, only when a figure first needs them.
 */
import { asset } from '$app/paths';
import { untrack } from 'svelte';
import { MNIST_PATH } from '$lib/engine/data/mnist';
import type { Evaluation } from '$lib/engine/model';
import type {
	Hyperparameters,
	Inspection,
	Mistake,
	OptimiserName,
	ProgressPoint
} from '$lib/engine/lessons/trainingRun';
import type { Design, Occlusion, Saliency } from '$lib/engine/playground';
import type { ModelProblem } from '$lib/engine/serialize';
import { screenPresence } from './presence';
import {
	type AttributionRequest,
	DEFAULT_HYPER,
	type FilterSnapshot,
	type FromWorker,
	type RunSetup,
	type RunState,
	type RunStatus,
	type ToWorker
} from '$lib/workers/protocol';
import { statusSentence } from './trainingStatus';

export { engineSentence } from './trainingStatus';

/** Where "Save in this browser" keeps the weights the reader chose to keep. Only that button writes it. */
export const SAVED_KEY = 'convolutif:lenet-digits';
/** Where lesson 12 keeps the latest weights by itself whenever training pauses, so that lesson 13 and
 * the next visit can start from them. Kept apart so that it never overwrites a deliberate save. */
export const LATEST_KEY = 'convolutif:lenet-digits:latest';

/** The weights to start from in another figure: the latest training, else the deliberate save. */
export function storedWeights(): string | null {
	return localStorage.getItem(LATEST_KEY) ?? localStorage.getItem(SAVED_KEY);
}

/** How many examples the network in a saved text had seen, if the text says (saved here since). */
export function examplesSeenIn(text: string): number | null {
	const match = /"examplesSeen"\s*:\s*(\d+)/.exec(text.slice(0, 200));
	return match ? Number(match[1]) : null;
}

type Request =
	| { type: 'inspect'; image: Float32Array }
	| { type: 'test-digit'; index: number }
	| { type: 'evaluate' }
	| { type: 'save' }
	| { type: 'load'; text: string }
	| ({ type: 'attribute' } & AttributionRequest);

type Reply = Extract<FromWorker, { id: number }>;

export interface SessionOptions {
	digits?: number[];
	trainLimit?: number;
	pointEvery?: number;
	testEvery?: number;
	base?: RunSetup['base'];
	/** Web Workers that train; by default one per core, at most four. */
	workers?: number;
}

/**
 * Calls `refresh` (untracked) when the figure is created and whenever the network's `version` changes
 * while the figure is on screen; a change made while it is away is caught up when it comes back. A
 * figure that reads the network (predictions, feature maps, saliency) so does no work while the reader
 * watches the training figure, which posts a new network twice a second. Call it during component
 * initialisation: `followNetwork(() => session.version, () => reader.refresh())`.
 */
export function followNetwork(version: () => number, refresh: () => void): void {
	const presence = screenPresence();
	let onScreen = $state(true);
	$effect(() => presence?.watch((value) => (onScreen = value)));
	let seen = -1;
	$effect(() => {
		const now = version();
		if (!onScreen || now === seen) return;
		seen = now;
		untrack(refresh);
	});
}

/** One training worker per core the browser reports, at most four (more only adds messages). */
export function chooseWorkers(): number {
	const cores = typeof navigator === 'object' ? navigator.hardwareConcurrency || 1 : 1;
	return Math.max(1, Math.min(4, cores));
}

export class TrainingSession {
	state: RunState = $state('idle');
	/** What happened last, as facts; `message` says it in the page's language. */
	status: RunStatus = $state.raw({ what: 'not-started' });
	seed = $state(DEFAULT_HYPER.seed);
	learningRate = $state(DEFAULT_HYPER.learningRate);
	batchSize = $state(DEFAULT_HYPER.batchSize);
	optimiser: OptimiserName = $state(DEFAULT_HYPER.optimiser);
	points: ProgressPoint[] = $state.raw([]);
	steps = $state(0);
	seconds = $state(0);
	filters: FilterSnapshot | null = $state.raw(null);
	sizes = $state.raw({ train: 0, test: 0 });
	/** Web Workers that train (known once training starts), and the kernels they run. */
	workers = $state(0);
	kernels: 'wasm-simd' | 'js' | null = $state(null);
	/** Goes up whenever the weights change (training progress, load, reset): figures re-ask then. */
	version = $state(0);
	/**
	 * The network loaded from a file or this browser, until training goes on: what it had seen (when
	 * its file says) and its test accuracy, measured again after loading.
	 */
	loaded: { examples: number | null; accuracy: number | null } | null = $state.raw(null);
	/** Lesson 14: the design the next reset builds (null: LeNet-5). Set it, then call reset(). */
	design: Design | null = $state.raw(null);
	readonly digits: number[];

	#worker: Worker | null = null;
	// Pending answers by request id: bookkeeping, not state the page draws.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#replies = new Map<number, (reply: Reply) => void>();
	#nextId = 1;
	#options: SessionOptions;

	constructor(options: SessionOptions = {}) {
		this.#options = options;
		this.digits = options.digits ?? [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
	}

	/** The status in a sentence of the page's language. */
	get message(): string {
		return statusSentence(this.status);
	}

	/** Whether the network is training now, or fetching the digits to start. */
	get running(): boolean {
		return this.state === 'training' || this.state === 'loading';
	}

	get started(): boolean {
		return this.#worker !== null;
	}

	/** The latest test accuracy measured, or null. */
	get testAccuracy(): number | null {
		if (this.loaded) return this.loaded.accuracy;
		for (let i = this.points.length - 1; i >= 0; i--) {
			const accuracy = this.points[i].testAccuracy;
			if (accuracy !== undefined) return accuracy;
		}
		return null;
	}

	get examples(): number {
		if (this.loaded) return this.loaded.examples ?? 0;
		return this.points.at(-1)?.examples ?? 0;
	}

	#setup(): RunSetup {
		return {
			seed: this.seed,
			learningRate: this.learningRate,
			batchSize: this.batchSize,
			optimiser: this.optimiser,
			digits: this.digits,
			trainLimit: this.#options.trainLimit,
			pointEvery: this.#options.pointEvery,
			testEvery: this.#options.testEvery,
			base: this.#options.base,
			workers: this.#options.workers ?? chooseWorkers(),
			...(this.design ? { design: this.design } : {})
		};
	}

	#ensureWorker(): Worker {
		if (this.#worker) return this.#worker;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- Vite's worker URL pattern, not state
		const worker = new Worker(new URL('../workers/train.ts', import.meta.url), {
			type: 'module'
		});
		worker.onmessage = (event: MessageEvent<FromWorker>) => this.#receive(event.data);
		worker.onerror = (event) => {
			this.state = 'error';
			this.status = { what: 'failed', detail: event.message || String(event.type) };
		};
		this.#worker = worker;
		this.#post({ type: 'setup', dataUrl: asset(MNIST_PATH), setup: this.#setup() });
		return worker;
	}

	#post(message: ToWorker, transfer: Transferable[] = []): void {
		this.#ensureWorker().postMessage(message, transfer);
	}

	#receive(message: FromWorker): void {
		switch (message.type) {
			case 'state':
				this.state = message.state;
				this.status = message.status;
				return;
			case 'engine':
				this.workers = message.workers;
				this.kernels = message.kernels;
				this.filters = message.filters;
				return;
			case 'progress':
				this.loaded = null;
				this.points = [...this.points, message.point];
				this.steps = message.steps;
				this.seconds = message.seconds;
				this.filters = message.filters;
				this.sizes = message.sizes;
				this.version++;
				return;
			default: {
				const reply = this.#replies.get(message.id);
				this.#replies.delete(message.id);
				reply?.(message);
			}
		}
	}

	#ask(request: Request, transfer: Transferable[] = []): Promise<Reply> {
		const id = this.#nextId++;
		return new Promise((resolve) => {
			this.#replies.set(id, resolve);
			this.#post({ ...request, id } as ToWorker, transfer);
		});
	}

	start(): void {
		this.#post({ type: 'start' });
	}

	pause(): void {
		if (this.#worker) this.#post({ type: 'pause' });
	}

	/** Train until `examples` examples have been seen in total, then pause. */
	trainUntil(examples: number): void {
		this.#post({ type: 'budget', examples });
	}

	/** A new network from the current seed; the curves start again. */
	reset(): void {
		this.loaded = null;
		this.points = [];
		this.steps = 0;
		this.seconds = 0;
		this.filters = null;
		if (this.#worker) this.#post({ type: 'reset', setup: this.#setup() });
		this.state = 'idle';
		this.status = { what: 'reset', seed: this.seed, stopped: false };
		this.version++;
	}

	setHyper(next: Partial<Hyperparameters>): void {
		if (next.learningRate !== undefined) this.learningRate = next.learningRate;
		if (next.batchSize !== undefined) this.batchSize = next.batchSize;
		if (next.optimiser !== undefined) this.optimiser = next.optimiser;
		if (this.#worker) this.#post({ type: 'hyper', hyper: next });
	}

	/** Probabilities and every layer's output for a 28 x 28 image in [0, 1]. */
	async inspect(image: Float32Array): Promise<Inspection> {
		const copy = new Float32Array(image);
		const reply = await this.#ask({ type: 'inspect', image: copy }, [copy.buffer]);
		if (reply.type === 'inspected') return reply.inspection;
		throw new Error(reply.type === 'failed' ? reply.message : 'unexpected reply');
	}

	/** Saliency and occlusion maps of the current network for a 28 x 28 image in [0, 1]. */
	async attribute(
		image: Float32Array,
		occlusion: { patch: number; stride: number }
	): Promise<{ saliency: Saliency; occlusion: Occlusion }> {
		const copy = new Float32Array(image);
		const reply = await this.#ask({ type: 'attribute', image: copy, ...occlusion }, [copy.buffer]);
		if (reply.type === 'attributed')
			return { saliency: reply.saliency, occlusion: reply.occlusion };
		throw new Error(reply.type === 'failed' ? reply.message : 'unexpected reply');
	}

	/** A test digit: its pixels (0 to 255) and its label. Downloads the digits if needed. */
	async testDigit(index: number): Promise<{ pixels: Uint8Array; digit: number }> {
		const reply = await this.#ask({ type: 'test-digit', index });
		if (reply.type === 'test-digit') return { pixels: reply.pixels, digit: reply.digit };
		throw new Error(reply.type === 'failed' ? reply.message : 'unexpected reply');
	}

	/** Confusion matrix and the misclassified test digits of the current weights. */
	async evaluate(): Promise<{ evaluation: Evaluation; mistakes: Mistake[] }> {
		const reply = await this.#ask({ type: 'evaluate' });
		if (reply.type === 'evaluated')
			return { evaluation: reply.evaluation, mistakes: reply.mistakes };
		throw new Error(reply.type === 'failed' ? reply.message : 'unexpected reply');
	}

	/** The weights as JSON text (the engine's model format), with the examples seen so far. */
	async save(): Promise<string> {
		const examples = this.examples;
		const reply = await this.#ask({ type: 'save' });
		// The engine's loader ignores keys it does not know: the count travels with the weights.
		if (reply.type === 'saved')
			return examples > 0 ? reply.text.replace(/^\{/, `{"examplesSeen":${examples},`) : reply.text;
		throw new Error(reply.type === 'failed' ? reply.message : 'unexpected reply');
	}

	/** Loads weights from text; on a bad file returns the reason and the current model stays. */
	async load(text: string): Promise<{ ok: boolean; message: string; problem?: ModelProblem }> {
		const reply = await this.#ask({ type: 'load', text });
		if (reply.type !== 'loaded') {
			return { ok: false, message: reply.type === 'failed' ? reply.message : 'unexpected reply' };
		}
		if (reply.ok) {
			if (reply.filters) this.filters = reply.filters;
			this.version++;
			const loaded = { examples: examplesSeenIn(text), accuracy: null as number | null };
			this.loaded = loaded;
			// Measured again: the figures describe the network that is there now, not the one before.
			this.evaluate()
				.then(({ evaluation }) => {
					if (this.loaded === loaded) this.loaded = { ...loaded, accuracy: evaluation.accuracy };
				})
				.catch(() => {
					// The digits could not be read: the accuracy stays unknown ("–").
				});
		}
		return { ok: reply.ok, message: reply.message, problem: reply.problem };
	}

	/** Stops the worker (the page is going away). */
	destroy(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}
}

let shared: TrainingSession | null = null;

/** The one session the figures of lesson 12 share on a page. */
export function digitsSession(): TrainingSession {
	shared ??= new TrainingSession();
	return shared;
}
