/**
 * What every layer shares: the contract (forward, backward, parameters, inspect, toJSON), the buffer
 * cache that makes a training loop allocate nothing, and the record of what backward needs.
 */
import type { Random } from '../random';
import { type Shape, type Tensor, shapeString, size } from '../tensor';
import { glorotUniform, heNormal } from '../init';
import { ShapeError } from '../shape';

/** A learnable tensor and the gradient of the loss with respect to it, side by side. */
export interface Parameter {
	/** `weights` or `bias`. */
	readonly name: string;
	readonly value: Tensor;
	/** Written by the layer's backward pass: the gradient of the last batch (replaced, not added). */
	readonly grad: Tensor;
	/** A frozen parameter keeps its value: optimisers skip it. Follows its layer's `frozen`. */
	frozen: boolean;
}

export type LayerKind =
	| 'conv2d'
	| 'maxPool2d'
	| 'avgPool2d'
	| 'relu'
	| 'leakyRelu'
	| 'sigmoid'
	| 'tanh'
	| 'flatten'
	| 'dense';

/** How weights start: He normal (for ReLU networks), Glorot uniform (for tanh/sigmoid), or zeros. */
export type Initialiser = 'he' | 'glorot' | 'zeros';

/** A layer as plain data: its kind, configuration and (for layers with parameters) weights. */
export interface LayerJSON {
	kind: LayerKind;
	name: string;
	frozen?: boolean;
	config: Record<string, number | boolean | string>;
	/** Parameter name -> shape and values (row-major). */
	weights?: Record<string, { shape: number[]; data: number[] }>;
}

/** What a layer shows of its last forward pass (copies, safe to keep). */
export interface LayerInspection {
	/** The input the layer received: for an activation, this is the pre-activation. */
	input: Tensor;
	output: Tensor;
	/** Max pooling only: for every output, the flat index into `input` of the winning pixel. */
	winners?: Int32Array;
}

export interface Layer {
	readonly kind: LayerKind;
	name: string;
	/** A frozen layer's parameters are not updated (its backward still passes gradients down). */
	frozen: boolean;
	/** Output shape of one example given the shape of one example. `conv.outputShape([1, 28, 28])` */
	outputShape(inputShape: Shape): Shape;
	/** `training` keeps what backward needs. The result is valid until this layer's next forward. */
	forward(x: Tensor, training: boolean): Tensor;
	/**
	 * From the gradient of the loss with respect to the output of the last (training) forward, writes the
	 * parameters' gradients and returns the gradient with respect to the input. With
	 * `needInputGradient` false (first layer) that last product is skipped and the returned tensor is
	 * not meaningful.
	 */
	backward(gradOutput: Tensor, needInputGradient?: boolean): Tensor;
	parameters(): Parameter[];
	/** Copies of the last forward's input, output and (pooling) winners. */
	inspect(): LayerInspection;
	toJSON(): LayerJSON;
}

export const copy = (t: Tensor): Tensor => ({
	shape: [...t.shape],
	data: new Float32Array(t.data)
});

export function checkWhole(what: string, value: number, min: number): number {
	if (!Number.isInteger(value) || value < min) {
		throw new ShapeError(`${what} must be a whole number >= ${min}, got ${value}`);
	}
	return value;
}

export function tensorOf(shape: Shape, data?: Float32Array): Tensor {
	return { shape: [...shape], data: data ?? new Float32Array(size(shape)) };
}

export function initialise(
	values: Float32Array,
	shape: Shape,
	init: Initialiser,
	fanIn: number,
	fanOut: number,
	rng?: Random
): void {
	if (init === 'zeros') return;
	if (!rng) {
		throw new Error(
			`${init} initialisation draws random numbers: pass a generator, createRandom(seed)`
		);
	}
	const drawn =
		init === 'he' ? heNormal(shape, fanIn, fanOut, rng) : glorotUniform(shape, fanIn, fanOut, rng);
	values.set(drawn.data);
}

export function makeParameter(name: string, shape: Shape): Parameter {
	return { name, value: tensorOf(shape), grad: tensorOf(shape), frozen: false };
}

/**
 * A layer's buffers by input size (batch size, image size): at most `limit` kept, the oldest dropped
 * first, so a model that alternates training batches with evaluation batches allocates nothing in steady
 * state. `const b = cache.get(32, () => ({ output: tensorOf([32, 10]) }))`
 */
export class BufferCache<K, V> {
	private readonly entries = new Map<K, V>();
	constructor(private readonly limit = 4) {}

	/** The buffers for `key`, made by `make` the first time. */
	get(key: K, make: () => V): V {
		let entry = this.entries.get(key);
		if (entry === undefined) {
			if (this.entries.size >= this.limit)
				this.entries.delete(this.entries.keys().next().value as K);
			entry = make();
			this.entries.set(key, entry);
		}
		return entry;
	}

	/** The buffers for `key` if they exist. */
	peek(key: K): V | undefined {
		return this.entries.get(key);
	}
}

/** Whether two shapes have the same axes. */
export function sameDims(a: Shape, b: Shape): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/** Common bookkeeping: name, frozen flag, and the one record of the last forward. */
export abstract class BaseLayer {
	abstract readonly kind: LayerKind;
	name: string;
	protected params: Parameter[] = [];
	private isFrozen = false;
	protected lastInput: Tensor | null = null;
	protected lastOutput: Tensor | null = null;
	protected trainedForward = false;

	constructor(name: string) {
		this.name = name;
	}

	get frozen(): boolean {
		return this.isFrozen;
	}
	set frozen(value: boolean) {
		this.isFrozen = value;
		for (const p of this.params) p.frozen = value;
	}

	parameters(): Parameter[] {
		return this.params;
	}

	/**
	 * The one place a forward pass records what backward and inspect need: its input and output (the
	 * layer's own buffers, not copies) and whether it was a training pass. Returns the output, for
	 * forward to return: `return this.record(x, b.output, training)`.
	 */
	protected record(input: Tensor, output: Tensor, training: boolean): Tensor {
		this.lastInput = input;
		this.lastOutput = output;
		this.trainedForward = training;
		return output;
	}

	protected requireForward(gradOutput: Tensor): { input: Tensor; output: Tensor } {
		if (!this.lastInput || !this.lastOutput || !this.trainedForward) {
			throw new Error(
				`layer ${this.name}: backward needs a forward pass with training = true first`
			);
		}
		if (gradOutput.data.length !== this.lastOutput.data.length) {
			throw new ShapeError(
				`layer ${this.name}: the gradient has shape ${shapeString(gradOutput.shape)} but the last output had ${shapeString(this.lastOutput.shape)}`
			);
		}
		return { input: this.lastInput, output: this.lastOutput };
	}

	inspect(): LayerInspection {
		if (!this.lastInput || !this.lastOutput) {
			throw new Error(`layer ${this.name} has not run forward yet: call model.forward(x) first`);
		}
		return { input: copy(this.lastInput), output: copy(this.lastOutput) };
	}

	/**
	 * The layer as plain data (a saved network, a playground link): its kind, name and settings, and
	 * for a layer with parameters its frozen flag and weights. One place, so every layer saves alike.
	 * `JSON.stringify(layer)` gives `{"kind":"relu","name":"relu","config":{}}`
	 */
	toJSON(): LayerJSON {
		const { kind, name } = this;
		const config = this.settings();
		if (this.params.length === 0) return { kind, name, config };
		return { kind, name, frozen: this.frozen, config, weights: this.weightsJSON() };
	}

	/** The settings that rebuild this layer; a layer that has some overrides it. */
	protected settings(): LayerJSON['config'] {
		return {};
	}

	private weightsJSON(): Record<string, { shape: number[]; data: number[] }> {
		const weights: Record<string, { shape: number[]; data: number[] }> = {};
		for (const p of this.params) {
			weights[p.name] = { shape: [...p.value.shape], data: Array.from(p.value.data) };
		}
		return weights;
	}
}

export function expectImage(layer: string, x: Tensor, channels: number): void {
	if (x.shape.length !== 4) {
		throw new ShapeError(
			`layer ${layer} takes images [batch, channels, height, width], got ${shapeString(x.shape)}: add a batch axis of 1 for a single image`
		);
	}
	if (x.shape[1] !== channels) {
		throw new ShapeError(
			`layer ${layer} expects ${channels} input channel(s), got ${x.shape[1]} in ${shapeString(x.shape)}`
		);
	}
}
