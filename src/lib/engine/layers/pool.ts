/** Pooling layers: max and average pooling with square windows, over the kernels of kernels/pool.ts. */
import {
	avgPoolBackward,
	avgPoolForward,
	maxPoolBackward,
	maxPoolForward,
	type PoolGeometry
} from '../kernels';
import { convOutputSize, poolOutputSize, ShapeError } from '../shape';
import { type Shape, type Tensor, shapeString } from '../tensor';
import {
	BaseLayer,
	BufferCache,
	checkWhole,
	type Layer,
	type LayerInspection,
	type LayerJSON,
	tensorOf
} from './base';

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

	private readonly cache = new BufferCache<string, PoolBuffers>();

	protected buffers(x: Tensor): PoolBuffers {
		if (x.shape.length !== 4) {
			throw new ShapeError(
				`pool ${this.name} takes images [batch, channels, height, width], got ${shapeString(x.shape)}`
			);
		}
		const [batch, channels, height, width] = x.shape;
		const key = `${batch},${channels},${height},${width}`;
		const entry = this.cache.get(key, () => {
			const geometry = poolGeometry(this.name, this.config, channels, height, width);
			const output = tensorOf([batch, channels, geometry.outHeight, geometry.outWidth]);
			return { geometry, output, winners: new Int32Array(output.data.length), gradInput: null };
		});
		this.inputKey = key;
		this.lastBatch = batch;
		return entry;
	}

	protected currentBuffers(): PoolBuffers {
		const entry = this.cache.peek(this.inputKey);
		if (!entry) throw new Error(`layer ${this.name}: backward needs a forward pass first`);
		entry.gradInput ??= tensorOf(this.lastInput ? this.lastInput.shape : []);
		return entry;
	}

	protected override settings(): LayerJSON['config'] {
		return { ...this.config };
	}

	/** Pools `x` into the buffers' output (and, for max pooling, its winners). */
	protected abstract pool(x: Tensor, b: PoolBuffers): void;
	/** Sends the output's gradient back to the pixels each window read. */
	protected abstract unpool(gradOutput: Tensor, b: PoolBuffers, gradInput: Tensor): void;

	forward(x: Tensor, training: boolean): Tensor {
		const b = this.buffers(x);
		this.pool(x, b);
		return this.record(x, b.output, training);
	}

	backward(gradOutput: Tensor, needInputGradient = true): Tensor {
		this.requireForward(gradOutput);
		const b = this.currentBuffers();
		const gradInput = b.gradInput as Tensor;
		if (needInputGradient) this.unpool(gradOutput, b, gradInput);
		return gradInput;
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

	protected pool(x: Tensor, b: PoolBuffers): void {
		maxPoolForward(x.data, x.shape[0] * x.shape[1], b.geometry, b.output.data, b.winners);
	}

	protected unpool(gradOutput: Tensor, b: PoolBuffers, gradInput: Tensor): void {
		maxPoolBackward(gradOutput.data, b.winners, b.output.data.length, gradInput.data);
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

	protected pool(x: Tensor, b: PoolBuffers): void {
		avgPoolForward(x.data, x.shape[0] * x.shape[1], b.geometry, b.output.data, true);
	}

	protected unpool(gradOutput: Tensor, b: PoolBuffers, gradInput: Tensor): void {
		const planes = this.lastBatch * b.geometry.channels;
		avgPoolBackward(gradOutput.data, planes, b.geometry, gradInput.data, true);
	}
}
