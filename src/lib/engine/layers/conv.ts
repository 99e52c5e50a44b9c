/** Convolution layers: the fast kernels of kernels/conv.ts behind the layer contract. */
import {
	type ConvGeometry,
	convBackward,
	convForward,
	kernelBackend,
	windowLength
} from '../kernels';
import type { Random } from '../random';
import { convOutputSize, ShapeError } from '../shape';
import { type Shape, type Tensor, shapeString } from '../tensor';
import {
	BufferCache,
	checkWhole,
	expectImage,
	type Initialiser,
	type Layer,
	type LayerJSON,
	tensorOf
} from './base';
import { WeightedLayer } from './weighted';

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

/** A convolution's buffers for one input size; the window rows are kept for backward. */
interface ConvBuffers {
	geometry: ConvGeometry;
	output: Tensor;
	rows: Float32Array | null;
	/** Whether the last training forward kept its rows (JavaScript kernels) for backward. */
	rowsKept: boolean;
	inferRows: Float32Array | null;
	gradInput: Tensor | null;
	gradRows: Float32Array | null;
	active: Uint8Array | null;
	inputShape: Shape;
}

/**
 * 2-D convolution with square kernels: stride, padding, dilation and groups. Weights [out, in/groups, k, k].
 * `new Conv2D({ inChannels: 1, outChannels: 6, kernelSize: 5, padding: 2 }, createRandom(1))`
 */
export class Conv2D extends WeightedLayer implements Layer {
	readonly kind = 'conv2d';
	readonly config: Required<Conv2DConfig>;
	private geometryFor: (height: number, width: number) => ConvGeometry;

	constructor(config: Conv2DConfig, rng?: Random, init: Initialiser = 'he', name = 'conv') {
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
		const k = c.kernelSize;
		const plan = {
			shape: [c.outChannels, c.inChannels / c.groups, k, k],
			fanIn: (c.inChannels / c.groups) * k * k,
			fanOut: (c.outChannels / c.groups) * k * k,
			biases: c.bias ? c.outChannels : 0
		};
		super(name, plan, init, rng);
		this.config = c;
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

	private readonly cache = new BufferCache<string, ConvBuffers>();

	private buffers(batch: number, height: number, width: number): ConvBuffers {
		return this.cache.get(`${batch},${height},${width}`, () => {
			const geometry = this.geometryFor(height, width);
			return {
				geometry,
				output: tensorOf([batch, geometry.outChannels, geometry.outHeight, geometry.outWidth]),
				rows: null,
				rowsKept: false,
				inferRows: null,
				gradInput: null,
				gradRows: null,
				active: null,
				inputShape: [batch, this.config.inChannels, height, width]
			};
		});
	}

	private rowsPerExample(g: ConvGeometry): number {
		return windowLength(g) * g.outHeight * g.outWidth;
	}

	forward(x: Tensor, training: boolean): Tensor {
		expectImage(this.name, x, this.config.inChannels);
		const [batch, , height, width] = x.shape;
		const b = this.buffers(batch, height, width);
		const g = b.geometry;
		// The WebAssembly kernels keep no rows (backward remakes them); the JavaScript ones keep a batch's.
		let rows: Float32Array | null = null;
		if (kernelBackend() === 'js') {
			if (training) rows = b.rows ??= new Float32Array(batch * this.rowsPerExample(g));
			else rows = b.inferRows ??= new Float32Array(this.rowsPerExample(g));
		}
		b.rowsKept = training && rows !== null;
		convForward(
			x.data,
			batch,
			this.weights.value.data,
			this.biasValues(),
			g,
			rows,
			b.output.data,
			training
		);
		return this.record(x, b.output, training);
	}

	backward(gradOutput: Tensor, needInputGradient = true): Tensor {
		const { input } = this.requireForward(gradOutput);
		const batch = input.shape[0];
		const b = this.buffers(batch, input.shape[2], input.shape[3]);
		const g = b.geometry;
		b.gradInput ??= tensorOf(b.inputShape);
		b.gradRows ??= new Float32Array(this.rowsPerExample(g));
		b.active ??= new Uint8Array(g.outHeight * g.outWidth);
		const grads = this.gradientTargets();
		convBackward(
			input.data,
			batch,
			this.weights.value.data,
			g,
			b.rowsKept ? b.rows : null,
			gradOutput.data,
			grads.weights,
			grads.bias,
			needInputGradient ? b.gradInput.data : null,
			b.gradRows,
			b.active
		);
		return b.gradInput;
	}

	protected override settings(): LayerJSON['config'] {
		return { ...this.config };
	}
}
