/**
 * Training across workers: a batch is cut into contiguous shares, one per worker; each computes the
 * gradients of its share (scaled by share / batch), the shares' gradients are added in worker order (so a
 * run with a given seed and worker count is reproducible to the bit), and the weights are updated once,
 * by the worker that owns the run. Buffers travel by transfer, never shared: the site needs no
 * cross-origin isolation and any static host serves it.
 */
import { applyGradients, batchGradients, type Sequential, type StepResult } from '../engine/model';
import { lossDiverged, TrainingDivergedError } from '../engine/step';
import type { Optimiser } from '../engine/optim/sgd';
import { loadModel, serializeModel } from '../engine/serialize';
import type { Tensor } from '../engine/tensor';

/** The page sends a helper the network once, then a share per step. Buffers come back with the answer. */
export type ToHelper =
	| { type: 'init'; model: string }
	| {
			type: 'share';
			weights: Float32Array;
			x: Float32Array;
			labels: Uint8Array;
			grads: Float32Array;
			count: number;
			scale: number;
	  };

export interface ShareAnswer {
	type: 'share';
	weights: Float32Array;
	x: Float32Array;
	labels: Uint8Array;
	grads: Float32Array;
	loss: number;
	correct: number;
	/** A failure other than divergence (a bug), said in words. */
	error?: string;
}

/** Something that computes shares: a Web Worker in the page, the same code in-process in tests. */
export interface Helper {
	send(message: ToHelper, transfer: Transferable[]): void;
	/** Answers come back in the order the shares were sent. */
	next(): Promise<ShareAnswer>;
	terminate(): void;
}

/** Number of learnable numbers, all parameters end to end. */
function parameterLength(model: Sequential): number {
	return model.parameters().reduce((n, p) => n + p.value.data.length, 0);
}

/** Every parameter's values (or gradients, zero where frozen) into one flat array, in model order. */
function gather(model: Sequential, into: Float32Array, what: 'value' | 'grad'): void {
	let at = 0;
	for (const p of model.parameters()) {
		const data = p[what].data;
		if (what === 'grad' && p.frozen) into.fill(0, at, at + data.length);
		else into.set(data, at);
		at += data.length;
	}
}

function scatter(model: Sequential, from: Float32Array): void {
	let at = 0;
	for (const p of model.parameters()) {
		p.value.data.set(from.subarray(at, at + p.value.data.length));
		at += p.value.data.length;
	}
}

/** What a helper holds: the network it computes with. */
export interface HelperState {
	model: Sequential | null;
}

/**
 * A helper's answer to one message (the Web Worker in gradients.ts runs exactly this). Returns the
 * answer to a share, or null for an init.
 */
export function answerHelper(state: HelperState, message: ToHelper): ShareAnswer | null {
	if (message.type === 'init') {
		state.model = loadModel(message.model);
		return null;
	}
	const { weights, x, labels, grads, count, scale } = message;
	const answer: ShareAnswer = { type: 'share', weights, x, labels, grads, loss: NaN, correct: 0 };
	const model = state.model;
	if (!model) return { ...answer, error: 'the helper has no network yet' };
	try {
		scatter(model, weights);
		const perExample = x.length / Math.max(labels.length, 1);
		const share: Tensor = {
			shape: [count, ...model.inputShape],
			data: x.subarray(0, count * perExample)
		};
		const result = batchGradients(model, share, labels.subarray(0, count), scale);
		gather(model, grads, 'grad');
		answer.loss = result.loss;
		answer.correct = result.correct;
	} catch (error) {
		// A diverged share says so by its loss (NaN); anything else is a bug and is said as one.
		if (!(error instanceof TrainingDivergedError)) answer.error = (error as Error).message;
	}
	return answer;
}

/** The buffers that travel to one helper and back, kept between steps. */
interface Lane {
	helper: Helper;
	weights: Float32Array;
	x: Float32Array;
	labels: Uint8Array;
	grads: Float32Array;
}

/** Sizes of the contiguous shares of a batch among `workers`: the first ones take one more. */
export function shareSizes(batch: number, workers: number): number[] {
	const used = Math.max(1, Math.min(workers, batch));
	const base = Math.floor(batch / used);
	return Array.from({ length: used }, (_, k) => base + (k < batch % used ? 1 : 0));
}

/**
 * Trains a model's steps across this worker and `helpers`. `await steps.step(model, adam, x, labels)`
 * has trainStep's contract: the same result and the same refusals, one update per batch.
 */
export class ParallelSteps {
	private readonly lanes: Lane[];
	private model: Sequential | null = null;
	private modelLength = 0;

	constructor(helpers: Helper[]) {
		this.lanes = helpers.map((helper) => ({
			helper,
			weights: new Float32Array(0),
			x: new Float32Array(0),
			labels: new Uint8Array(0),
			grads: new Float32Array(0)
		}));
	}

	/** Workers that train: this one and its helpers. */
	get workers(): number {
		return this.lanes.length + 1;
	}

	/** Sends the network to the helpers when it is a new one (a reset, a load, a fine-tuning base). */
	private adopt(model: Sequential): void {
		if (model === this.model) return;
		this.model = model;
		this.modelLength = parameterLength(model);
		const text = serializeModel(model);
		for (const lane of this.lanes) lane.helper.send({ type: 'init', model: text }, []);
	}

	async step(
		model: Sequential,
		optimiser: Optimiser,
		x: Tensor,
		labels: ArrayLike<number>
	): Promise<StepResult> {
		const batch = x.shape[0];
		const sizes = shareSizes(batch, this.workers);
		const perExample = batch ? x.data.length / batch : 0;
		this.adopt(model);
		const lanes = this.lanes.slice(0, sizes.length - 1);
		let start = sizes[0];
		for (let k = 0; k < lanes.length; k++) {
			const lane = lanes[k];
			const count = sizes[k + 1];
			if (lane.weights.length !== this.modelLength) {
				lane.weights = new Float32Array(this.modelLength);
				lane.grads = new Float32Array(this.modelLength);
			}
			if (lane.x.length < count * perExample) {
				lane.x = new Float32Array(count * perExample);
				lane.labels = new Uint8Array(count);
			}
			gather(model, lane.weights, 'value');
			lane.x.set(x.data.subarray(start * perExample, (start + count) * perExample));
			for (let i = 0; i < count; i++) lane.labels[i] = labels[start + i];
			start += count;
			lane.helper.send(
				{
					type: 'share',
					weights: lane.weights,
					x: lane.x,
					labels: lane.labels,
					grads: lane.grads,
					count,
					scale: count / batch
				},
				[lane.weights.buffer, lane.x.buffer, lane.labels.buffer, lane.grads.buffer]
			);
		}
		// This worker's own share, while the helpers compute theirs.
		const own = sizes[0];
		let failure: unknown = null;
		let loss = 0;
		let correct = 0;
		try {
			const ownLabels = Array.prototype.slice.call(labels, 0, own) as number[];
			const share: Tensor = {
				shape: [own, ...x.shape.slice(1)],
				data: x.data.subarray(0, own * perExample)
			};
			const result = batchGradients(model, share, ownLabels, own / batch);
			loss += result.loss * own;
			correct += result.correct;
		} catch (error) {
			failure = error;
		}
		// Every lane's buffers come back before anything is thrown, so the next step has them.
		const answers: ShareAnswer[] = [];
		for (const lane of lanes) {
			const answer = await lane.helper.next();
			lane.weights = answer.weights;
			lane.x = answer.x;
			lane.labels = answer.labels;
			lane.grads = answer.grads;
			answers.push(answer);
		}
		if (failure) throw failure;
		for (const [k, answer] of answers.entries()) {
			if (answer.error) throw new Error(`a training worker failed: ${answer.error}`);
			if (!Number.isFinite(answer.loss)) throw lossDiverged(answer.loss);
			loss += answer.loss * sizes[k + 1];
			correct += answer.correct;
		}
		// Shares' gradients added in worker order: the same sum, to the bit, on every run.
		for (const answer of answers) {
			let at = 0;
			for (const p of model.parameters()) {
				const g = p.grad.data;
				if (!p.frozen) for (let i = 0; i < g.length; i++) g[i] += answer.grads[at + i];
				at += g.length;
			}
		}
		applyGradients(model, optimiser);
		loss /= batch;
		return { loss, accuracy: batch ? correct / batch : 0, correct, count: batch };
	}

	terminate(): void {
		for (const lane of this.lanes) lane.helper.terminate();
	}
}
