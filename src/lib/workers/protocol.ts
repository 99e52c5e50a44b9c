/**
 * Messages between the pages of lessons 12, 13 and 14 and the training worker (train.ts). Typed arrays
 * are transferred, never copied, so the page's main thread stays free while the worker trains.
 */
import type { Evaluation } from '$lib/engine/model';
import type {
	Divergence,
	Hyperparameters,
	Inspection,
	Mistake,
	ProgressPoint
} from '$lib/engine/lessons/trainingRun';
import type { Design, Occlusion, Saliency } from '$lib/engine/playground';
import type { ModelProblem } from '$lib/engine/serialize';

/** Default settings of lesson 12: they reach about 97 % on the test digits in a minute. */
export const DEFAULT_HYPER: Hyperparameters & { seed: number } = {
	seed: 1,
	learningRate: 0.002,
	batchSize: 32,
	optimiser: 'adam'
};

/** What a run is set up with. */
export interface RunSetup extends Hyperparameters {
	seed: number;
	/** Digits to learn, in class order. */
	digits: number[];
	trainLimit?: number;
	/** Close a point of the curves every this many examples (default: twice a second). */
	pointEvery?: number;
	/** Measure the test set every this many examples (default 3,000), and whenever training pauses. */
	testEvery?: number;
	/**
	 * Fine-tuning: start from this saved model (JSON text), give it a new last layer for `digits`, and
	 * freeze the named layers.
	 */
	base?: { model: string; freeze: string[] };
	/** Web Workers that train, this one included (each computes the gradients of a share of a batch). */
	workers?: number;
	/** Lesson 14: train this design (buildDesign with the run's seed) instead of LeNet-5. */
	design?: Design;
}

/** What the network looks at (lesson 14's panel): the occlusion patch and its step, in pixels. */
export interface AttributionRequest {
	image: Float32Array;
	patch: number;
	stride: number;
}

export type ToWorker =
	| { type: 'setup'; dataUrl: string; setup: RunSetup }
	| { type: 'start' }
	| { type: 'pause' }
	| { type: 'reset'; setup: RunSetup }
	| { type: 'hyper'; hyper: Partial<Hyperparameters> }
	/** Train until this many examples have been seen, then pause (a fixed budget). */
	| { type: 'budget'; examples: number }
	| { type: 'inspect'; id: number; image: Float32Array }
	| { type: 'test-digit'; id: number; index: number }
	| { type: 'evaluate'; id: number }
	| { type: 'save'; id: number }
	| { type: 'load'; id: number; text: string }
	| ({ type: 'attribute'; id: number } & AttributionRequest);

export type RunState = 'idle' | 'loading' | 'training' | 'paused' | 'diverged' | 'error';

/**
 * What just happened to the run, as facts (the figures phrase them in the page's language): the
 * worker speaks no human language.
 */
export type RunStatus =
	| { what: 'not-started' }
	| { what: 'downloading'; digits: number }
	| { what: 'digits-ready' }
	| { what: 'training' }
	| { what: 'paused' }
	| { what: 'done'; examples: number }
	| { what: 'reset'; seed: number; stopped: boolean }
	| { what: 'weights-loaded' }
	| { what: 'diverged'; divergence: Divergence }
	/** The digits file could not be fetched: the HTTP status, or null when the network failed. */
	| { what: 'download-failed'; status: number | null }
	/** Anything else went wrong: the error's own text (a bug, or the browser's words). */
	| { what: 'failed'; detail: string };

/** Filters of the two convolutions, as the worker sends them (empty for a design without them). */
export interface FilterSnapshot {
	conv1: Float32Array;
	conv2: Float32Array;
}

export type FromWorker =
	| { type: 'state'; state: RunState; status: RunStatus }
	/**
	 * How the run trains (the workers sharing each batch, and the kernels they run), and its filters
	 * before the first step: the figure paints them while the first batches train, so that the first
	 * progress only repaints them.
	 */
	| { type: 'engine'; workers: number; kernels: 'wasm-simd' | 'js'; filters: FilterSnapshot }
	| {
			type: 'progress';
			point: ProgressPoint;
			steps: number;
			seconds: number;
			filters: FilterSnapshot;
			sizes: { train: number; test: number };
	  }
	| { type: 'inspected'; id: number; inspection: Inspection }
	| { type: 'test-digit'; id: number; pixels: Uint8Array; digit: number }
	| { type: 'evaluated'; id: number; evaluation: Evaluation; mistakes: Mistake[] }
	| { type: 'saved'; id: number; text: string }
	| {
			type: 'loaded';
			id: number;
			ok: boolean;
			message: string;
			/** Why a file was refused, as facts (the figure phrases them). */
			problem?: ModelProblem;
			filters?: FilterSnapshot;
	  }
	| { type: 'attributed'; id: number; saliency: Saliency; occlusion: Occlusion }
	| { type: 'failed'; id: number; message: string };
