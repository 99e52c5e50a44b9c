/**
 * The training worker of lessons 12, 13 and 14: it fetches the digits when first asked to, trains
 * LeNet-5 (or lesson 14's design) with the engine in slices of a few tens of milliseconds (so that pause, predictions and saves are
 * answered between slices), and posts progress a few times per second. Typed arrays are transferred.
 */
import { decodeMnist, type MnistData } from '../engine/data/mnist';
import { kernelBackend, loadFastKernels } from '../engine/kernels';
import { fineTuneModel } from '../engine/lessons/fineTune';
import { TrainingRun } from '../engine/lessons/trainingRun';
import { buildDesign, occlusion, saliency } from '../engine/playground';
import { ModelFormatError } from '../engine/serialize';
import { startHelpers } from './helpers';
import type {
	FilterSnapshot,
	FromWorker,
	RunSetup,
	RunState,
	RunStatus,
	ToWorker
} from './protocol';
import { ParallelSteps } from './shares';

const scope = self as unknown as {
	postMessage(message: FromWorker, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

let dataUrl = '';
let data: MnistData | null = null;
let run: TrainingRun | null = null;
let setup: RunSetup | null = null;
let state: RunState = 'idle';
let budget: number | null = null;
let trainingSeconds = 0;
let lastPointAt = 0;
let lastPointExamples = 0;
let lastTestExamples = 0;
let loop: Promise<void> | null = null;

const SLICE_MS = 40;
const POINT_MS = 500;
const TEST_EVERY = 3000;

function post(message: FromWorker, transfer: Transferable[] = []): void {
	scope.postMessage(message, transfer);
}

function setState(next: RunState, status: RunStatus): void {
	state = next;
	post({ type: 'state', state: next, status });
}

/** A failure as a fact: the digits that could not be fetched, or the error's own text. */
function failure(error: unknown): RunStatus {
	if (error instanceof DownloadError) return { what: 'download-failed', status: error.status };
	return { what: 'failed', detail: error instanceof Error ? error.message : String(error) };
}

/** The digits file did not arrive: its HTTP status, or null when the request itself failed. */
class DownloadError extends Error {
	constructor(readonly status: number | null) {
		super(`the digits file could not be downloaded (${status ?? 'network error'})`);
	}
}

function filters(current: TrainingRun): FilterSnapshot {
	// A playground design may have fewer convolutions than LeNet's two: those it lacks are empty.
	const weights = (name: string) =>
		current.model.layers.some((layer) => layer.name === name)
			? current.weights(name)
			: new Float32Array(0);
	return { conv1: weights('conv1'), conv2: weights('conv2') };
}

let dataPromise: Promise<MnistData> | null = null;
function loadData(): Promise<MnistData> {
	dataPromise ??= (async () => {
		const response = await fetch(dataUrl).catch(() => {
			throw new DownloadError(null);
		});
		if (!response.ok) throw new DownloadError(response.status);
		data = await decodeMnist(await response.arrayBuffer());
		return data;
	})();
	dataPromise.catch(() => (dataPromise = null));
	return dataPromise;
}

function buildRun(digits: MnistData, next: RunSetup): TrainingRun {
	// Lesson 14: the reader's design. Fine-tuning: a new last layer for the new classes, from the run's
	// seed, and frozen layers.
	const model = next.design
		? buildDesign(next.design, next.seed)
		: next.base
			? fineTuneModel(next.base.model, next.digits.length, next.seed, next.base.freeze)
			: undefined;
	return new TrainingRun(digits, { ...next, model });
}

/** A model made before the digits were needed (to predict, save or load): training keeps it. */
let datalessRun: TrainingRun | null = null;
let runPromise: Promise<TrainingRun> | null = null;

function ensureRun(): Promise<TrainingRun> {
	if (run) return Promise.resolve(run);
	runPromise ??= (async () => {
		if (!setup) throw new Error('the worker has not been set up');
		if (!data) setState('loading', { what: 'downloading', digits: 10_000 });
		// WebAssembly SIMD kernels where the browser has them; the JavaScript ones otherwise.
		const [digits] = await Promise.all([loadData(), loadFastKernels().catch(() => false)]);
		startParallel(setup.workers ?? 1);
		const model = datalessRun?.model;
		run = model ? new TrainingRun(digits, { ...setup, model }) : buildRun(digits, setup);
		datalessRun = null;
		announce(run);
		return run;
	})().finally(() => (runPromise = null));
	return runPromise;
}

/**
 * A new run starts: the page learns how it trains (workers, kernels) and sees its untrained filters
 * before the first step, whether the run is the first one or one made by Reset.
 */
function announce(next: TrainingRun): void {
	const snapshot = filters(next);
	post(
		{
			type: 'engine',
			workers: parallel?.workers ?? 1,
			kernels: kernelBackend(),
			filters: snapshot
		},
		[snapshot.conv1.buffer, snapshot.conv2.buffer]
	);
	lastPointExamples = lastTestExamples = 0;
	trainingSeconds = 0;
}

/** The other workers that train with this one, started once, kept across resets. */
let parallel: ParallelSteps | null = null;
const trainShares = (...args: Parameters<ParallelSteps['step']>) => parallel!.step(...args);

function startParallel(workers: number): void {
	if (!parallel) {
		const helpers = startHelpers(Math.max(0, Math.floor(workers) - 1));
		if (helpers.length) parallel = new ParallelSteps(helpers);
	}
}

function progress(current: TrainingRun, withTest: boolean): void {
	const point = current.point(withTest);
	lastPointExamples = current.examples;
	if (withTest) lastTestExamples = current.examples;
	const snapshot = filters(current);
	post(
		{
			type: 'progress',
			point,
			steps: current.steps,
			seconds: trainingSeconds,
			filters: snapshot,
			sizes: current.sizes
		},
		[snapshot.conv1.buffer, snapshot.conv2.buffer]
	);
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function train(): Promise<void> {
	const current = await ensureRun();
	if (state !== 'training') setState('training', { what: 'training' });
	lastPointAt = performance.now();
	while (state === 'training' && run === current) {
		const started = performance.now();
		while (performance.now() - started < SLICE_MS) {
			if (!(parallel ? await current.stepWith(trainShares) : current.step())) break;
			if (budget !== null && current.examples >= budget) break;
		}
		const now = performance.now();
		trainingSeconds += (now - started) / 1000;
		if (current.diverged) {
			progress(current, true);
			setState('diverged', { what: 'diverged', divergence: current.diverged });
			break;
		}
		const testEvery = setup?.testEvery ?? TEST_EVERY;
		const reachedBudget = budget !== null && current.examples >= budget;
		const pointDue = setup?.pointEvery
			? current.examples - lastPointExamples >= setup.pointEvery
			: now - lastPointAt >= POINT_MS;
		if (pointDue || reachedBudget) {
			const withTest = reachedBudget || current.examples - lastTestExamples >= testEvery;
			const before = performance.now();
			progress(current, withTest);
			trainingSeconds += (performance.now() - before) / 1000;
			lastPointAt = performance.now();
		}
		if (reachedBudget) {
			budget = null;
			setState('paused', { what: 'done', examples: current.examples });
			break;
		}
		await pause();
	}
}

function startLoop(): void {
	if (loop) return;
	loop = train()
		.catch((error: unknown) => setState('error', failure(error)))
		.finally(() => {
			loop = null;
		});
}

async function answer(message: ToWorker): Promise<void> {
	switch (message.type) {
		case 'setup':
			dataUrl = message.dataUrl;
			setup = message.setup;
			return;
		case 'start':
			if (run?.diverged) run.clearDivergence();
			if (state !== 'training') setState('training', { what: 'training' });
			startLoop();
			return;
		case 'pause':
			if (state === 'training') {
				setState('paused', { what: 'paused' });
				await loop;
				if (run && run.examples > lastTestExamples) progress(run, true);
			}
			return;
		case 'reset': {
			const wasTraining = state === 'training';
			state = 'idle';
			await loop;
			setup = message.setup;
			run = null;
			datalessRun = null;
			budget = null;
			// The state first: the page's reset clears its filters, and the new run's come after.
			setState('idle', { what: 'reset', seed: setup.seed, stopped: wasTraining });
			if (data) {
				run = buildRun(data, setup);
				announce(run);
			}
			return;
		}
		case 'hyper':
			if (setup) setup = { ...setup, ...message.hyper };
			run?.setHyper(message.hyper);
			return;
		case 'budget':
			budget = message.examples;
			if (state !== 'training') setState('training', { what: 'training' });
			startLoop();
			return;
		case 'inspect': {
			const current = await ensureRunWithoutData();
			const inspection = current.inspect(message.image);
			post({ type: 'inspected', id: message.id, inspection }, [
				inspection.probabilities.buffer,
				...inspection.layers.map((layer) => layer.data.buffer)
			]);
			return;
		}
		case 'test-digit': {
			const current = await ensureRun();
			if (state === 'loading') setState('idle', { what: 'digits-ready' });
			const { pixels, digit } = current.testDigit(message.index);
			post({ type: 'test-digit', id: message.id, pixels, digit }, [pixels.buffer]);
			return;
		}
		case 'evaluate': {
			const current = await ensureRun();
			if (state === 'loading') setState('idle', { what: 'digits-ready' });
			post({
				type: 'evaluated',
				id: message.id,
				evaluation: current.evaluate(),
				mistakes: current.mistakes(24)
			});
			return;
		}
		case 'attribute': {
			const current = await ensureRunWithoutData();
			const found = saliency(current.model, message.image);
			const hidden = occlusion(current.model, message.image, {
				patch: message.patch,
				stride: message.stride,
				classIndex: found.classIndex
			});
			post({ type: 'attributed', id: message.id, saliency: found, occlusion: hidden }, [
				found.gradient.buffer,
				hidden.drop.buffer,
				hidden.perPixel.buffer
			]);
			return;
		}
		case 'save': {
			const current = await ensureRunWithoutData();
			post({ type: 'saved', id: message.id, text: current.save() });
			return;
		}
		case 'load': {
			const current = await ensureRunWithoutData();
			try {
				current.load(message.text);
			} catch (error) {
				const problem = error instanceof ModelFormatError ? error.problem : undefined;
				post({
					type: 'loaded',
					id: message.id,
					ok: false,
					message: (error as Error).message,
					problem
				});
				return;
			}
			if (state === 'diverged') setState('paused', { what: 'weights-loaded' });
			const snapshot = filters(current);
			post({ type: 'loaded', id: message.id, ok: true, message: 'loaded', filters: snapshot }, [
				snapshot.conv1.buffer,
				snapshot.conv2.buffer
			]);
			return;
		}
	}
}

/**
 * Predictions, saves and loads need a model but not the digits: before the first Start they use a
 * run on an empty data set, so that the MNIST file is downloaded only when training or a test digit
 * needs it.
 */
async function ensureRunWithoutData(): Promise<TrainingRun> {
	if (run) return run;
	if (data) return ensureRun();
	if (datalessRun) return datalessRun;
	if (!setup) throw new Error('the worker has not been set up');
	const empty: MnistData = {
		rows: 28,
		cols: 28,
		seed: 0,
		train: emptySet(setup.digits),
		test: emptySet(setup.digits)
	};
	datalessRun = buildRun(empty, setup);
	return datalessRun;
}

function emptySet(digits: number[]) {
	// One blank digit per class keeps TrainingRun's checks happy; it is never trained on.
	return {
		count: digits.length,
		images: new Uint8Array(digits.length * 784),
		labels: Uint8Array.from(digits)
	};
}

let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event) => {
	const message = event.data;
	const id = 'id' in message ? message.id : -1;
	// Answers go in order; a slow one (a download) does not block the training loop itself.
	queue = queue.then(() =>
		answer(message).catch((error: unknown) => {
			if (id >= 0) post({ type: 'failed', id, message: (error as Error).message });
			else setState('error', failure(error));
		})
	);
};
