/**
 * Layers: the small contract every piece of a network keeps (forward, backward, parameters with their
 * gradients, freeze, serialise), built on the fast kernels of `kernels.ts`.
 *
 * Shapes are NCHW for images ([batch, channels, height, width]) and [batch, features] after Flatten.
 * `outputShape` takes and returns the shape of ONE example (no batch axis): [1, 28, 28] -> [6, 28, 28].
 *
 * Buffers: each layer owns its output and gradient buffers, allocated once per batch size and reused, so
 * a training loop allocates nothing. The tensor that `forward` (or `backward`) returns is therefore valid
 * until the next call of the same layer with the same batch size: copy it (`clone`) to keep it. A layer
 * keeps what forward saved for backward, and `inspect()` returns copies of what is worth showing
 * (pre-activations, pooling winners) for the feature-map figures.
 */
import {
	avgPoolBackward,
	avgPoolForward,
	type ConvGeometry,
	convBackward,
	convForward,
	denseBackward,
	denseForward,
	maxPoolBackward,
	maxPoolForward,
	type PoolGeometry,
	reluBackward,
	reluForward,
	windowLength
} from './kernels';
import type { Random } from './random';
import { type Shape, type Tensor, shapeString, size } from './tensor';
import { glorotUniform, heNormal } from './init';
import { convOutputSize, poolOutputSize, ShapeError } from './shape';

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

export interface Conv2DConfig {
	inChannels: number;
	outChannels: number;
	kernelSize: number;
	stride?: number;
	padding?: number;
	dilation?: number;
	groups?: number;
	bias?: boolean;
}

export interface Pool2DConfig {
	/** Window size (square). */
	size: number;
	/** Defaults to the window size (windows side by side). */
	stride?: number;
	padding?: number;
	/**
	 * A last window that falls off the edge: 'drop' skips it (floor, the default), 'partial' pools the
	 * pixels that remain (ceil), as in pool.ts.
	 */
	edge?: 'drop' | 'partial';
}

export interface DenseConfig {
	inputs: number;
	outputs: number;
	bias?: boolean;
}

export interface LeakyReLUConfig {
	/** Slope for negative inputs, 0.01 by default. */
	slope?: number;
}

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

const copy = (t: Tensor): Tensor => ({ shape: [...t.shape], data: new Float32Array(t.data) });

function checkWhole(what: string, value: number, min: number): number {
	if (!Number.isInteger(value) || value < min) {
		throw new ShapeError(`${what} must be a whole number >= ${min}, got ${value}`);
	}
	return value;
}

function tensorOf(shape: Shape, data?: Float32Array): Tensor {
	return { shape: [...shape], data: data ?? new Float32Array(size(shape)) };
}

function initialise(
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

function makeParameter(name: string, shape: Shape): Parameter {
	return { name, value: tensorOf(shape), grad: tensorOf(shape), frozen: false };
}

/** Common bookkeeping: name, frozen flag, last forward record. */
abstract class BaseLayer {
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

	protected weightsJSON(): Record<string, { shape: number[]; data: number[] }> {
		const weights: Record<string, { shape: number[]; data: number[] }> = {};
		for (const p of this.params) {
			weights[p.name] = { shape: [...p.value.shape], data: Array.from(p.value.data) };
		}
		return weights;
	}
}

function expectImage(layer: string, x: Tensor, channels: number): void {
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

/**
 * 2-D convolution with square kernels: stride, padding, dilation and groups. Weights [out, in/groups, k, k].
 * `new Conv2D({ inChannels: 1, outChannels: 6, kernelSize: 5, padding: 2 }, createRandom(1))`
 */
export class Conv2D extends BaseLayer implements Layer {
	readonly kind = 'conv2d';
	readonly config: Required<Conv2DConfig>;
	readonly weights: Parameter;
	readonly bias: Parameter | null;
	private geometryFor: (height: number, width: number) => ConvGeometry;
	private lastBatch = 0;

	constructor(config: Conv2DConfig, rng?: Random, init: Initialiser = 'he', name = 'conv') {
		super(name);
		const c: Required<Conv2DConfig> = {
			inChannels: config.inChannels,
			outChannels: config.outChannels,
			kernelSize: config.kernelSize,
			stride: config.stride ?? 1,
			padding: config.padding ?? 0,
			dilation: config.dilation ?? 1,
			groups: config.groups ?? 1,
			bias: config.bias ?? true
		};
		checkWhole(`conv ${name}: inChannels`, c.inChannels, 1);
		checkWhole(`conv ${name}: outChannels`, c.outChannels, 1);
		checkWhole(`conv ${name}: kernelSize`, c.kernelSize, 1);
		checkWhole(`conv ${name}: stride`, c.stride, 1);
		checkWhole(`conv ${name}: padding`, c.padding, 0);
		checkWhole(`conv ${name}: dilation`, c.dilation, 1);
		checkWhole(`conv ${name}: groups`, c.groups, 1);
		if (c.inChannels % c.groups !== 0 || c.outChannels % c.groups !== 0) {
			throw new ShapeError(
				`conv ${name}: ${c.groups} groups must divide both inChannels (${c.inChannels}) and outChannels (${c.outChannels})`
			);
		}
		this.config = c;
		const k = c.kernelSize;
		const fanIn = (c.inChannels / c.groups) * k * k;
		this.weights = makeParameter('weights', [c.outChannels, c.inChannels / c.groups, k, k]);
		initialise(
			this.weights.value.data,
			this.weights.value.shape,
			init,
			fanIn,
			(c.outChannels / c.groups) * k * k,
			rng
		);
		this.bias = c.bias ? makeParameter('bias', [c.outChannels]) : null;
		this.params = this.bias ? [this.weights, this.bias] : [this.weights];
		this.geometryFor = (height, width) => {
			const [outHeight, outWidth] = this.outputShape([c.inChannels, height, width]).slice(1);
			return {
				channels: c.inChannels,
				height,
				width,
				kernelHeight: k,
				kernelWidth: k,
				strideY: c.stride,
				strideX: c.stride,
				padTop: c.padding,
				padLeft: c.padding,
				dilationY: c.dilation,
				dilationX: c.dilation,
				outHeight,
				outWidth,
				outChannels: c.outChannels,
				groups: c.groups
			};
		};
	}

	outputShape(inputShape: Shape): Shape {
		const c = this.config;
		if (inputShape.length !== 3 || inputShape[0] !== c.inChannels) {
			throw new ShapeError(
				`conv ${this.name} expects one example of shape [${c.inChannels}, height, width], got ${shapeString(inputShape)}`
			);
		}
		const axis = {
			kernel: c.kernelSize,
			stride: c.stride,
			padding: c.padding,
			dilation: c.dilation
		};
		const outHeight = convOutputSize({ input: inputShape[1], ...axis });
		const outWidth = convOutputSize({ input: inputShape[2], ...axis });
		return [c.outChannels, outHeight, outWidth];
	}

	private readonly entries = new Map<
		number,
		{
			geometry: ConvGeometry;
			output: Tensor;
			rows: Float32Array | null;
			inferRows: Float32Array | null;
			gradInput: Tensor | null;
			gradRows: Float32Array | null;
			active: Uint8Array | null;
			inputShape: Shape;
		}
	>();

	private buffers(batch: number, height: number, width: number) {
		let entry = this.entries.get(batch);
		if (!entry || entry.geometry.height !== height || entry.geometry.width !== width) {
			if (this.entries.size >= 4) this.entries.delete(this.entries.keys().next().value as number);
			const geometry = this.geometryFor(height, width);
			entry = {
				geometry,
				output: tensorOf([batch, geometry.outChannels, geometry.outHeight, geometry.outWidth]),
				rows: null,
				inferRows: null,
				gradInput: null,
				gradRows: null,
				active: null,
				inputShape: [batch, this.config.inChannels, height, width]
			};
			this.entries.set(batch, entry);
		}
		return entry;
	}

	private rowsPerExample(g: ConvGeometry): number {
		return windowLength(g) * g.outHeight * g.outWidth;
	}

	forward(x: Tensor, training: boolean): Tensor {
		expectImage(this.name, x, this.config.inChannels);
		const [batch, , height, width] = x.shape;
		const b = this.buffers(batch, height, width);
		const g = b.geometry;
		let rows: Float32Array;
		if (training) {
			b.rows ??= new Float32Array(batch * this.rowsPerExample(g));
			rows = b.rows;
		} else {
			b.inferRows ??= new Float32Array(this.rowsPerExample(g));
			rows = b.inferRows;
		}
		convForward(
			x.data,
			batch,
			this.weights.value.data,
			this.bias ? this.bias.value.data : null,
			g,
			rows,
			b.output.data,
			training
		);
		this.lastInput = x;
		this.lastOutput = b.output;
		this.trainedForward = training;
		this.lastBatch = batch;
		return b.output;
	}

	backward(gradOutput: Tensor, needInputGradient = true): Tensor {
		const { input } = this.requireForward(gradOutput);
		const b = this.buffers(this.lastBatch, input.shape[2], input.shape[3]);
		const g = b.geometry;
		b.gradInput ??= tensorOf(b.inputShape);
		b.gradRows ??= new Float32Array(this.rowsPerExample(g));
		b.active ??= new Uint8Array(g.outHeight * g.outWidth);
		const trainable = !this.frozen;
		convBackward(
			this.lastBatch,
			this.weights.value.data,
			g,
			b.rows as Float32Array,
			gradOutput.data,
			trainable ? this.weights.grad.data : null,
			trainable && this.bias ? this.bias.grad.data : null,
			needInputGradient ? b.gradInput.data : null,
			b.gradRows,
			b.active
		);
		return b.gradInput;
	}

	toJSON(): LayerJSON {
		return {
			kind: this.kind,
			name: this.name,
			frozen: this.frozen,
			config: { ...this.config },
			weights: this.weightsJSON()
		};
	}
}

/**
 * Output size of a pooling along one axis. Without padding this is shape.ts's poolOutputSize; with
 * padding (ResNet's stem pools 3x3, stride 2, padding 1) the same rule on the padded axis, never starting
 * a window in the right padding.
 */
export function pooledSize(layer: string, input: number, config: Required<Pool2DConfig>): number {
	const { size: window, stride, padding, edge } = config;
	if (padding === 0) return poolOutputSize({ input, window, stride, edge });
	if (edge === 'drop') return convOutputSize({ input, kernel: window, stride, padding });
	const padded = input + 2 * padding;
	if (window > padded) {
		throw new ShapeError(
			`pool ${layer}: window ${window} is larger than the ${padded}-wide padded input: use a smaller window`
		);
	}
	let output = Math.ceil((padded - window) / stride) + 1;
	while (output > 1 && (output - 1) * stride >= input + padding) output--;
	return output;
}

/** Pooling geometry for one example (shared by max and average pooling). */
function poolGeometry(
	layer: string,
	config: Required<Pool2DConfig>,
	channels: number,
	height: number,
	width: number
): PoolGeometry {
	const outHeight = pooledSize(layer, height, config);
	const outWidth = pooledSize(layer, width, config);
	return {
		channels,
		height,
		width,
		kernelHeight: config.size,
		kernelWidth: config.size,
		strideY: config.stride,
		strideX: config.stride,
		padTop: config.padding,
		padLeft: config.padding,
		dilationY: 1,
		dilationX: 1,
		outHeight,
		outWidth
	};
}

function poolConfig(name: string, config: Pool2DConfig): Required<Pool2DConfig> {
	const c: Required<Pool2DConfig> = {
		size: config.size,
		stride: config.stride ?? config.size,
		padding: config.padding ?? 0,
		edge: config.edge ?? 'drop'
	};
	if (c.edge !== 'drop' && c.edge !== 'partial') {
		throw new ShapeError(
			`pool ${name}: edge '${String(c.edge)}' is unknown: use 'drop' or 'partial'`
		);
	}
	checkWhole(`pool ${name}: size`, c.size, 1);
	checkWhole(`pool ${name}: stride`, c.stride, 1);
	checkWhole(`pool ${name}: padding`, c.padding, 0);
	if (c.padding * 2 > c.size) {
		throw new ShapeError(
			`pool ${name}: padding ${c.padding} is more than half the window ${c.size}, so a window could see only padding: use padding <= ${Math.floor(c.size / 2)}`
		);
	}
	return c;
}

interface PoolBuffers {
	geometry: PoolGeometry;
	output: Tensor;
	winners: Int32Array;
	gradInput: Tensor | null;
}

abstract class Pool2DBase extends BaseLayer {
	readonly config: Required<Pool2DConfig>;
	protected current: PoolBuffers | null = null;
	protected lastBatch = 0;
	private inputKey = '';

	constructor(config: Pool2DConfig, name: string) {
		super(name);
		this.config = poolConfig(name, config);
	}

	outputShape(inputShape: Shape): Shape {
		if (inputShape.length !== 3) {
			throw new ShapeError(
				`pool ${this.name} expects one example of shape [channels, height, width], got ${shapeString(inputShape)}`
			);
		}
		const g = poolGeometry(this.name, this.config, inputShape[0], inputShape[1], inputShape[2]);
		return [inputShape[0], g.outHeight, g.outWidth];
	}

	private readonly entries = new Map<string, PoolBuffers>();

	protected buffers(x: Tensor): PoolBuffers {
		if (x.shape.length !== 4) {
			throw new ShapeError(
				`pool ${this.name} takes images [batch, channels, height, width], got ${shapeString(x.shape)}`
			);
		}
		const [batch, channels, height, width] = x.shape;
		const key = `${batch},${channels},${height},${width}`;
		let entry = this.entries.get(key);
		if (!entry) {
			if (this.entries.size >= 4) this.entries.delete(this.entries.keys().next().value as string);
			const geometry = poolGeometry(this.name, this.config, channels, height, width);
			const output = tensorOf([batch, channels, geometry.outHeight, geometry.outWidth]);
			entry = { geometry, output, winners: new Int32Array(output.data.length), gradInput: null };
			this.entries.set(key, entry);
		}
		this.inputKey = key;
		this.current = entry;
		this.lastBatch = batch;
		return entry;
	}

	protected currentBuffers(): PoolBuffers {
		const entry = this.entries.get(this.inputKey);
		if (!entry) throw new Error(`layer ${this.name}: backward needs a forward pass first`);
		entry.gradInput ??= tensorOf(this.lastInput ? this.lastInput.shape : []);
		return entry;
	}

	toJSON(): LayerJSON {
		return { kind: this.kind, name: this.name, config: { ...this.config } };
	}
}

/**
 * Max pooling with square windows; remembers each window's winner for backward and for lesson 6.
 * `new MaxPool2D({ size: 2 })`
 */
export class MaxPool2D extends Pool2DBase implements Layer {
	readonly kind = 'maxPool2d';

	constructor(config: Pool2DConfig, name = 'maxpool') {
		super(config, name);
	}

	forward(x: Tensor, training: boolean): Tensor {
		const b = this.buffers(x);
		maxPoolForward(x.data, x.shape[0] * x.shape[1], b.geometry, b.output.data, b.winners);
		this.lastInput = x;
		this.lastOutput = b.output;
		this.trainedForward = training;
		return b.output;
	}

	backward(gradOutput: Tensor, needInputGradient = true): Tensor {
		this.requireForward(gradOutput);
		const b = this.currentBuffers();
		const gradInput = b.gradInput as Tensor;
		if (needInputGradient) {
			maxPoolBackward(gradOutput.data, b.winners, b.output.data.length, gradInput.data);
		}
		return gradInput;
	}

	/** The winners of the last forward: flat indices into its input, one per output value. */
	override inspect(): LayerInspection {
		const record = super.inspect();
		const b = this.currentBuffers();
		return { ...record, winners: new Int32Array(b.winners) };
	}
}

/**
 * Average pooling (or sum pooling, with `sum: true` in the name's sense: no division).
 * `new AvgPool2D({ size: 2 })`
 */
export class AvgPool2D extends Pool2DBase implements Layer {
	readonly kind = 'avgPool2d';

	constructor(config: Pool2DConfig, name = 'avgpool') {
		super(config, name);
	}

	forward(x: Tensor, training: boolean): Tensor {
		const b = this.buffers(x);
		avgPoolForward(x.data, x.shape[0] * x.shape[1], b.geometry, b.output.data, true);
		this.lastInput = x;
		this.lastOutput = b.output;
		this.trainedForward = training;
		return b.output;
	}

	backward(gradOutput: Tensor, needInputGradient = true): Tensor {
		this.requireForward(gradOutput);
		const b = this.currentBuffers();
		const gradInput = b.gradInput as Tensor;
		if (needInputGradient) {
			avgPoolBackward(
				gradOutput.data,
				this.lastBatch * b.geometry.channels,
				b.geometry,
				gradInput.data,
				true
			);
		}
		return gradInput;
	}
}

/** Element-wise activations share their buffers and bookkeeping. */
abstract class ActivationBase extends BaseLayer {
	private readonly entries = new Map<number, { output: Float32Array; gradInput: Float32Array }>();
	private outputTensor: Tensor | null = null;
	private gradTensor: Tensor | null = null;

	outputShape(inputShape: Shape): Shape {
		return [...inputShape];
	}

	protected abstract apply(input: Float32Array, output: Float32Array, count: number): void;
	protected abstract derive(
		input: Float32Array,
		output: Float32Array,
		gradOutput: Float32Array,
		gradInput: Float32Array,
		count: number
	): void;

	private buffers(count: number) {
		let entry = this.entries.get(count);
		if (!entry) {
			if (this.entries.size >= 4) this.entries.delete(this.entries.keys().next().value as number);
			entry = { output: new Float32Array(count), gradInput: new Float32Array(count) };
			this.entries.set(count, entry);
		}
		return entry;
	}

	forward(x: Tensor, training: boolean): Tensor {
		const count = x.data.length;
		const b = this.buffers(count);
		this.apply(x.data, b.output, count);
		if (
			!this.outputTensor ||
			this.outputTensor.data !== b.output ||
			!sameDims(this.outputTensor.shape, x.shape)
		) {
			this.outputTensor = { shape: [...x.shape], data: b.output };
		}
		this.lastInput = x;
		this.lastOutput = this.outputTensor;
		this.trainedForward = training;
		return this.outputTensor;
	}

	backward(gradOutput: Tensor, needInputGradient = true): Tensor {
		const { input, output } = this.requireForward(gradOutput);
		const count = input.data.length;
		const b = this.buffers(count);
		if (needInputGradient)
			this.derive(input.data, output.data, gradOutput.data, b.gradInput, count);
		if (
			!this.gradTensor ||
			this.gradTensor.data !== b.gradInput ||
			!sameDims(this.gradTensor.shape, input.shape)
		) {
			this.gradTensor = { shape: [...input.shape], data: b.gradInput };
		}
		return this.gradTensor;
	}
}

function sameDims(a: Shape, b: Shape): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/** ReLU: max(0, x). `new ReLU()` */
export class ReLU extends ActivationBase implements Layer {
	readonly kind = 'relu';
	constructor(name = 'relu') {
		super(name);
	}
	protected apply(input: Float32Array, output: Float32Array, count: number): void {
		reluForward(input, output, count);
	}
	protected derive(
		_i: Float32Array,
		output: Float32Array,
		gy: Float32Array,
		gx: Float32Array,
		n: number
	): void {
		reluBackward(output, gy, gx, n);
	}
	toJSON(): LayerJSON {
		return { kind: this.kind, name: this.name, config: {} };
	}
}

/** Leaky ReLU: x for x > 0, slope * x otherwise. `new LeakyReLU({ slope: 0.1 })` */
export class LeakyReLU extends ActivationBase implements Layer {
	readonly kind = 'leakyRelu';
	readonly slope: number;
	constructor(config: LeakyReLUConfig = {}, name = 'leakyrelu') {
		super(name);
		this.slope = config.slope ?? 0.01;
		if (!Number.isFinite(this.slope))
			throw new RangeError(`leaky ReLU slope must be a finite number, got ${this.slope}`);
	}
	protected apply(input: Float32Array, output: Float32Array, count: number): void {
		const s = this.slope;
		for (let i = 0; i < count; i++) {
			const v = input[i];
			output[i] = v > 0 ? v : s * v;
		}
	}
	protected derive(
		input: Float32Array,
		_o: Float32Array,
		gy: Float32Array,
		gx: Float32Array,
		n: number
	): void {
		const s = this.slope;
		for (let i = 0; i < n; i++) gx[i] = input[i] > 0 ? gy[i] : s * gy[i];
	}
	toJSON(): LayerJSON {
		return { kind: this.kind, name: this.name, config: { slope: this.slope } };
	}
}

/** Sigmoid: 1 / (1 + e^-x). `new Sigmoid()` */
export class Sigmoid extends ActivationBase implements Layer {
	readonly kind = 'sigmoid';
	constructor(name = 'sigmoid') {
		super(name);
	}
	protected apply(input: Float32Array, output: Float32Array, count: number): void {
		for (let i = 0; i < count; i++) output[i] = 1 / (1 + Math.exp(-input[i]));
	}
	protected derive(
		_i: Float32Array,
		output: Float32Array,
		gy: Float32Array,
		gx: Float32Array,
		n: number
	): void {
		for (let i = 0; i < n; i++) gx[i] = gy[i] * output[i] * (1 - output[i]);
	}
	toJSON(): LayerJSON {
		return { kind: this.kind, name: this.name, config: {} };
	}
}

/** Hyperbolic tangent. `new Tanh()` */
export class Tanh extends ActivationBase implements Layer {
	readonly kind = 'tanh';
	constructor(name = 'tanh') {
		super(name);
	}
	protected apply(input: Float32Array, output: Float32Array, count: number): void {
		for (let i = 0; i < count; i++) output[i] = Math.tanh(input[i]);
	}
	protected derive(
		_i: Float32Array,
		output: Float32Array,
		gy: Float32Array,
		gx: Float32Array,
		n: number
	): void {
		for (let i = 0; i < n; i++) gx[i] = gy[i] * (1 - output[i] * output[i]);
	}
	toJSON(): LayerJSON {
		return { kind: this.kind, name: this.name, config: {} };
	}
}

/**
 * Flatten: [batch, c, h, w] -> [batch, c*h*w], row by row, channel after channel (the same order every
 * time, which is all the dense layer after it needs). No copy. `new Flatten()`
 */
export class Flatten extends BaseLayer implements Layer {
	readonly kind = 'flatten';
	constructor(name = 'flatten') {
		super(name);
	}
	outputShape(inputShape: Shape): Shape {
		return [size(inputShape)];
	}
	forward(x: Tensor, training: boolean): Tensor {
		if (x.shape.length < 1)
			throw new ShapeError(`flatten ${this.name} needs a batch axis, got a scalar`);
		const batch = x.shape[0];
		const output: Tensor = {
			shape: [batch, batch === 0 ? 0 : x.data.length / batch],
			data: x.data
		};
		this.lastInput = x;
		this.lastOutput = output;
		this.trainedForward = training;
		return output;
	}
	backward(gradOutput: Tensor): Tensor {
		const { input } = this.requireForward(gradOutput);
		return { shape: input.shape, data: gradOutput.data };
	}
	toJSON(): LayerJSON {
		return { kind: this.kind, name: this.name, config: {} };
	}
}

/**
 * Fully connected layer: output = input · Wᵀ + bias, weights [outputs, inputs].
 * `new Dense({ inputs: 400, outputs: 120 }, createRandom(1))`
 */
export class Dense extends BaseLayer implements Layer {
	readonly kind = 'dense';
	readonly config: Required<DenseConfig>;
	readonly weights: Parameter;
	readonly bias: Parameter | null;
	private readonly entries = new Map<number, { output: Tensor; gradInput: Tensor }>();
	private lastBatch = 0;

	constructor(config: DenseConfig, rng?: Random, init: Initialiser = 'he', name = 'dense') {
		super(name);
		this.config = { inputs: config.inputs, outputs: config.outputs, bias: config.bias ?? true };
		checkWhole(`dense ${name}: inputs`, this.config.inputs, 1);
		checkWhole(`dense ${name}: outputs`, this.config.outputs, 1);
		this.weights = makeParameter('weights', [this.config.outputs, this.config.inputs]);
		initialise(
			this.weights.value.data,
			this.weights.value.shape,
			init,
			this.config.inputs,
			this.config.outputs,
			rng
		);
		this.bias = this.config.bias ? makeParameter('bias', [this.config.outputs]) : null;
		this.params = this.bias ? [this.weights, this.bias] : [this.weights];
	}

	outputShape(inputShape: Shape): Shape {
		if (inputShape.length !== 1) {
			throw new ShapeError(
				`dense ${this.name} expects ${this.config.inputs} features per example, got ${shapeString(inputShape)}: put a Flatten before it`
			);
		}
		if (inputShape[0] !== this.config.inputs) {
			throw new ShapeError(
				`dense ${this.name} expects ${this.config.inputs} features per example, got ${shapeString(inputShape)}: set inputs to ${inputShape[0]}, or change the layers before it`
			);
		}
		return [this.config.outputs];
	}

	private buffers(batch: number) {
		let entry = this.entries.get(batch);
		if (!entry) {
			if (this.entries.size >= 4) this.entries.delete(this.entries.keys().next().value as number);
			entry = {
				output: tensorOf([batch, this.config.outputs]),
				gradInput: tensorOf([batch, this.config.inputs])
			};
			this.entries.set(batch, entry);
		}
		return entry;
	}

	forward(x: Tensor, training: boolean): Tensor {
		if (x.shape.length !== 2 || x.shape[1] !== this.config.inputs) {
			throw new ShapeError(
				`dense ${this.name} expects [batch, ${this.config.inputs}], got ${shapeString(x.shape)}: put a Flatten before it, or set inputs to match`
			);
		}
		const batch = x.shape[0];
		const b = this.buffers(batch);
		const { inputs, outputs } = this.config;
		denseForward(
			x.data,
			this.weights.value.data,
			this.bias ? this.bias.value.data : null,
			b.output.data,
			batch,
			inputs,
			outputs
		);
		this.lastInput = x;
		this.lastOutput = b.output;
		this.trainedForward = training;
		this.lastBatch = batch;
		return b.output;
	}

	backward(gradOutput: Tensor, needInputGradient = true): Tensor {
		const { input } = this.requireForward(gradOutput);
		const b = this.buffers(this.lastBatch);
		const trainable = !this.frozen;
		denseBackward(
			input.data,
			this.weights.value.data,
			gradOutput.data,
			trainable ? this.weights.grad.data : null,
			trainable && this.bias ? this.bias.grad.data : null,
			needInputGradient ? b.gradInput.data : null,
			this.lastBatch,
			this.config.inputs,
			this.config.outputs
		);
		return b.gradInput;
	}

	toJSON(): LayerJSON {
		return {
			kind: this.kind,
			name: this.name,
			frozen: this.frozen,
			config: { ...this.config },
			weights: this.weightsJSON()
		};
	}
}
