/**
 * A model is a stack of layers (Sequential), trained one batch at a time by `trainStep` and measured by
 * `evaluate` (accuracy, loss, confusion matrix). The last layer gives one score (logit) per class;
 * softmax and cross-entropy are applied by trainStep / evaluate / predict.
 */
import { softmaxCrossEntropy } from './kernels';
import { checkLabels } from './step';
import type { Layer, LayerInspection, Parameter } from './layers';
import { softmaxRow } from './softmax';
import { ShapeError } from './shape';
import { type Shape, type Tensor, sameShape, shapeString, size } from './tensor';

export {
	applyGradients,
	batchGradients,
	type StepResult,
	TrainingDivergedError,
	trainStep
} from './step';

/** What a row of a model summary says about one layer. */
export interface LayerSummary {
	index: number;
	name: string;
	kind: Layer['kind'];
	/** One example, no batch axis. */
	inputShape: Shape;
	outputShape: Shape;
	parameters: number;
	frozen: boolean;
}

/** One layer's view of a forward pass, for feature-map figures. */
export interface LayerActivity extends LayerInspection {
	index: number;
	name: string;
	kind: Layer['kind'];
}

/** A layer chosen by position or by name. */
export type LayerRef = number | string;

/**
 * Layers applied one after the other. `inputShape` is the shape of ONE example, e.g. [1, 28, 28].
 * `const model = new Sequential([conv, new ReLU(), ...], [1, 28, 28])`
 */
export class Sequential {
	readonly inputShape: Shape;
	private stack: Layer[];
	private readonly gradLogits = new Map<number, Tensor>();

	constructor(layers: Layer[], inputShape: Shape) {
		if (layers.length === 0) throw new ShapeError('a model needs at least one layer');
		this.inputShape = [...inputShape];
		this.stack = [...layers];
		this.checkChain(this.stack);
	}

	/** The layers, first to last (read-only view; use replaceLayer to change one). */
	get layers(): readonly Layer[] {
		return this.stack;
	}

	private checkChain(layers: Layer[]): Shape {
		const names = new Set<string>();
		let shape = this.inputShape;
		for (const layer of layers) {
			if (names.has(layer.name)) {
				throw new ShapeError(
					`two layers are named '${layer.name}': give each layer its own name (layers are found and saved by name)`
				);
			}
			names.add(layer.name);
			shape = layer.outputShape(shape);
		}
		return shape;
	}

	/** Shape of the output for one example, e.g. [10]. */
	outputShape(): Shape {
		return this.checkChain(this.stack);
	}

	/** Every layer with its input and output shapes and parameter count. */
	summary(): LayerSummary[] {
		const rows: LayerSummary[] = [];
		let shape = this.inputShape;
		this.stack.forEach((layer, index) => {
			const outputShape = layer.outputShape(shape);
			const parameters = layer.parameters().reduce((n, p) => n + p.value.data.length, 0);
			rows.push({
				index,
				name: layer.name,
				kind: layer.kind,
				inputShape: shape,
				outputShape,
				parameters,
				frozen: layer.frozen
			});
			shape = outputShape;
		});
		return rows;
	}

	/** Total number of learnable numbers. `createLeNet5(rng).parameterCount() === 61706` */
	parameterCount(): number {
		return this.parameters().reduce((n, p) => n + p.value.data.length, 0);
	}

	/**
	 * Runs the layers on a batch [batch, ...inputShape]. The result is the last layer's buffer, valid until
	 * the next forward: copy it to keep it. `const logits = model.forward(x)`
	 */
	forward(x: Tensor, training = false): Tensor {
		if (
			x.shape.length !== this.inputShape.length + 1 ||
			!sameShape(x.shape.slice(1), this.inputShape)
		) {
			throw new ShapeError(
				`the model takes a batch of shape [batch, ${this.inputShape.join(', ')}], got ${shapeString(x.shape)}`
			);
		}
		let out = x;
		for (const layer of this.stack) out = layer.forward(out, training);
		return out;
	}

	/**
	 * Back-propagates the gradient of the loss with respect to the output of the last training forward,
	 * filling every trainable parameter's `grad`. It stops at the first layer that has trainable
	 * parameters: nothing below needs a gradient (that is what makes fine-tuning a frozen network cheap).
	 */
	backward(gradOutput: Tensor): void {
		let first = -1;
		for (let i = 0; i < this.stack.length; i++) {
			const layer = this.stack[i];
			if (!layer.frozen && layer.parameters().length > 0) {
				first = i;
				break;
			}
		}
		if (first < 0) return;
		let grad = gradOutput;
		for (let i = this.stack.length - 1; i >= first; i--) {
			grad = this.stack[i].backward(grad, i > first);
		}
	}

	/**
	 * Class probabilities (softmax of the scores) and the most likely class of each example.
	 * `const { classes, probabilities } = model.predict(x)`
	 */
	predict(x: Tensor): { classes: Int32Array; probabilities: Tensor } {
		const logits = this.forward(x, false);
		const [batch, classes] = [logits.shape[0], size(logits.shape.slice(1))];
		const probabilities = new Float32Array(batch * classes);
		const best = new Int32Array(batch);
		for (let n = 0; n < batch; n++) {
			best[n] = softmaxRow(logits.data, n * classes, classes, probabilities, n * classes);
		}
		return { classes: best, probabilities: { shape: [batch, classes], data: probabilities } };
	}

	/** Every layer's parameters, first layer first. */
	parameters(): Parameter[] {
		return this.stack.flatMap((layer) => layer.parameters());
	}

	/** Finds a layer by position (negative counts from the end) or by name. `model.layer('conv1')` */
	layer(ref: LayerRef): Layer {
		return this.stack[this.indexOf(ref)];
	}

	private indexOf(ref: LayerRef): number {
		if (typeof ref === 'number') {
			const index = ref < 0 ? this.stack.length + ref : ref;
			if (!Number.isInteger(index) || index < 0 || index >= this.stack.length) {
				throw new RangeError(
					`no layer at position ${ref}: the model has ${this.stack.length} layers`
				);
			}
			return index;
		}
		const index = this.stack.findIndex((layer) => layer.name === ref);
		if (index < 0) {
			throw new RangeError(
				`no layer named '${ref}': the layers are ${this.stack.map((layer) => layer.name).join(', ')}`
			);
		}
		return index;
	}

	/** Freezes layers (all of them when none is given): their parameters stop changing. `model.freeze('conv1', 'conv2')` */
	freeze(...refs: LayerRef[]): void {
		for (const layer of refs.length ? refs.map((r) => this.layer(r)) : this.stack)
			layer.frozen = true;
	}

	/** Unfreezes layers (all of them when none is given). `model.unfreeze(-1)` */
	unfreeze(...refs: LayerRef[]): void {
		for (const layer of refs.length ? refs.map((r) => this.layer(r)) : this.stack)
			layer.frozen = false;
	}

	/**
	 * Puts a new layer in place of one (e.g. a fresh last dense layer for new classes) and returns the old
	 * one. The chain of shapes is checked first; on a mismatch nothing changes.
	 * `model.replaceLayer(-1, new Dense({ inputs: 84, outputs: 3 }, rng, 'he', 'head'))`
	 */
	replaceLayer(ref: LayerRef, layer: Layer): Layer {
		const index = this.indexOf(ref);
		const candidate = [...this.stack];
		const old = candidate[index];
		candidate[index] = layer;
		this.checkChain(candidate);
		this.stack = candidate;
		this.gradLogits.clear();
		return old;
	}

	/**
	 * Runs `x` through the model (inference) and returns what every layer saw and produced: feature maps,
	 * pre-activations, pooling winners. `model.inspect(drawnDigit)[0].output` are conv1's feature maps.
	 */
	inspect(x: Tensor): LayerActivity[] {
		this.forward(x, false);
		return this.stack.map((layer, index) => ({
			index,
			name: layer.name,
			kind: layer.kind,
			...layer.inspect()
		}));
	}

	/** A buffer for the gradient of the loss with respect to the logits (trainStep's scratch). */
	scratchGradient(shape: Shape): Tensor {
		const key = size(shape);
		let t = this.gradLogits.get(key);
		if (!t || !sameShape(t.shape, shape)) {
			t = { shape: [...shape], data: new Float32Array(key) };
			this.gradLogits.set(key, t);
		}
		return t;
	}
}

export interface Evaluation {
	/** Fraction of examples classified correctly. */
	accuracy: number;
	/** Mean cross-entropy. */
	loss: number;
	correct: number;
	count: number;
	/** confusion[trueClass][predictedClass] = number of examples. */
	confusion: number[][];
}

/**
 * Accuracy, loss and confusion matrix over a set of examples [count, ...inputShape], in batches.
 * `const { accuracy, confusion } = evaluate(model, testImages, testLabels)`
 */
export function evaluate(
	model: Sequential,
	x: Tensor,
	labels: ArrayLike<number>,
	batchSize = 100
): Evaluation {
	const count = x.shape[0];
	if (labels.length !== count) {
		throw new ShapeError(
			`${labels.length} labels for ${count} examples: give one label per example`
		);
	}
	const perExample = size(x.shape.slice(1));
	const classes = size(model.outputShape());
	const confusion = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
	let lossSum = 0;
	let correct = 0;
	for (let start = 0; start < count; start += batchSize) {
		const batch = Math.min(batchSize, count - start);
		const slice: Tensor = {
			shape: [batch, ...x.shape.slice(1)],
			data: x.data.subarray(start * perExample, (start + batch) * perExample)
		};
		const logits = model.forward(slice, false);
		const batchLabels = Array.prototype.slice.call(labels, start, start + batch) as number[];
		checkLabels(batchLabels, batch, classes);
		const result = softmaxCrossEntropy(logits.data, batchLabels, batch, classes, null);
		lossSum += result.loss * batch;
		correct += result.correct;
		for (let n = 0; n < batch; n++) {
			let best = 0;
			for (let k = 1; k < classes; k++) {
				if (logits.data[n * classes + k] > logits.data[n * classes + best]) best = k;
			}
			confusion[batchLabels[n]][best]++;
		}
	}
	return {
		accuracy: count ? correct / count : 0,
		loss: count ? lossSum / count : 0,
		correct,
		count,
		confusion
	};
}
