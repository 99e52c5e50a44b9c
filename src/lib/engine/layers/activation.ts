/** Element-wise activation layers: ReLU (with its fast kernel), leaky ReLU, sigmoid, tanh. */
import { reluBackward, reluForward } from '../kernels';
import type { Shape, Tensor } from '../tensor';
import { BaseLayer, BufferCache, type Layer, type LayerJSON, sameDims } from './base';

export interface LeakyReLUConfig {
	/** Slope for negative inputs, 0.01 by default. */
	slope?: number;
}

/** Element-wise activations share their buffers and bookkeeping. */
export abstract class ActivationBase extends BaseLayer {
	private readonly cache = new BufferCache<
		number,
		{ output: Float32Array; gradInput: Float32Array }
	>();
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

	private buffers(count: number): { output: Float32Array; gradInput: Float32Array } {
		return this.cache.get(count, () => ({
			output: new Float32Array(count),
			gradInput: new Float32Array(count)
		}));
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
		return this.record(x, this.outputTensor, training);
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

/** The activations whose derivative is read from their output (ReLU, sigmoid, tanh). */
abstract class OutputDerived extends ActivationBase {
	/** gx = gy · f'(x), with f'(x) written in terms of the output y = f(x). */
	protected abstract fromOutput(
		y: Float32Array,
		gy: Float32Array,
		gx: Float32Array,
		n: number
	): void;

	protected derive(
		_input: Float32Array,
		output: Float32Array,
		gy: Float32Array,
		gx: Float32Array,
		n: number
	): void {
		this.fromOutput(output, gy, gx, n);
	}
}

/** ReLU: max(0, x). `new ReLU()` */
export class ReLU extends OutputDerived implements Layer {
	readonly kind = 'relu';
	constructor(name = 'relu') {
		super(name);
	}
	protected apply(input: Float32Array, output: Float32Array, count: number): void {
		reluForward(input, output, count);
	}
	protected fromOutput(y: Float32Array, gy: Float32Array, gx: Float32Array, n: number): void {
		reluBackward(y, gy, gx, n);
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
	protected override settings(): LayerJSON['config'] {
		return { slope: this.slope };
	}
}

/** Sigmoid: 1 / (1 + e^-x). `new Sigmoid()` */
export class Sigmoid extends OutputDerived implements Layer {
	readonly kind = 'sigmoid';
	constructor(name = 'sigmoid') {
		super(name);
	}
	protected apply(input: Float32Array, output: Float32Array, count: number): void {
		for (let i = 0; i < count; i++) output[i] = 1 / (1 + Math.exp(-input[i]));
	}
	protected fromOutput(y: Float32Array, gy: Float32Array, gx: Float32Array, n: number): void {
		for (let i = 0; i < n; i++) gx[i] = gy[i] * y[i] * (1 - y[i]);
	}
}

/** Hyperbolic tangent. `new Tanh()` */
export class Tanh extends OutputDerived implements Layer {
	readonly kind = 'tanh';
	constructor(name = 'tanh') {
		super(name);
	}
	protected apply(input: Float32Array, output: Float32Array, count: number): void {
		for (let i = 0; i < count; i++) output[i] = Math.tanh(input[i]);
	}
	protected fromOutput(y: Float32Array, gy: Float32Array, gx: Float32Array, n: number): void {
		for (let i = 0; i < n; i++) gx[i] = gy[i] * (1 - y[i] * y[i]);
	}
}
