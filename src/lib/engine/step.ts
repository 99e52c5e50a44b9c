/**
 * A training step, in two halves that workers can share: the gradients of a batch (or of a share of it),
 * then one optimiser update. Every non-finite loss, gradient or weight is refused with advice, and the
 * weights stay those of the last good step.
 */
import { allFinite, softmaxCrossEntropy } from './kernels';
import { NonFiniteError } from './loss';
import type { Parameter } from './layers';
import type { Sequential } from './model';
import type { Optimiser } from './optim/sgd';
import { ShapeError } from './shape';
import type { Tensor } from './tensor';

/**
 * Thrown by trainStep when a step would make the loss, a gradient or a weight NaN or infinite. The step
 * is refused: the weights stay those of the last good step.
 */
export class TrainingDivergedError extends NonFiniteError {
	constructor(message: string) {
		super(message);
		this.name = 'TrainingDivergedError';
	}
}

export interface StepResult {
	/** Mean cross-entropy over the batch, before the update. */
	loss: number;
	/** Fraction of the batch classified correctly, before the update. */
	accuracy: number;
	correct: number;
	count: number;
}

/** Throws unless there is one whole-number label per example, each a class of the model. */
export function checkLabels(labels: ArrayLike<number>, batch: number, classes: number): void {
	if (labels.length !== batch) {
		throw new ShapeError(
			`${labels.length} labels for a batch of ${batch}: give one label per example`
		);
	}
	for (let i = 0; i < batch; i++) {
		const label = labels[i];
		if (!Number.isInteger(label) || label < 0 || label >= classes) {
			throw new RangeError(
				`label ${label} (example ${i}) is not a class of this model: labels must be whole numbers from 0 to ${classes - 1}`
			);
		}
	}
}

const snapshots = new WeakMap<Parameter, Float32Array>();

const advice =
	'the step was refused and the weights are those of the last good step: lower the learning rate (try 10 times smaller) and go on';

/** The refusal of a step whose loss is not finite. `throw lossDiverged(NaN)` */
export function lossDiverged(loss: number): TrainingDivergedError {
	return new TrainingDivergedError(`the loss became ${loss}: ${advice}`);
}

/**
 * The first half of a training step: forward, softmax cross-entropy, backward, leaving every trainable
 * parameter's gradient in its `grad`. `scale` multiplies the gradient (not the loss): a worker that trains
 * on its share of a batch passes share / batch, so that the shares' gradients add up to the batch's.
 * Throws TrainingDivergedError if the loss is not finite. `const { loss } = batchGradients(model, x, labels)`
 */
export function batchGradients(
	model: Sequential,
	x: Tensor,
	labels: ArrayLike<number>,
	scale = 1
): StepResult {
	const logits = model.forward(x, true);
	const batch = logits.shape[0];
	const classes = logits.data.length / Math.max(batch, 1);
	checkLabels(labels, batch, classes);
	const grad = model.scratchGradient(logits.shape);
	const { loss, correct } = softmaxCrossEntropy(logits.data, labels, batch, classes, grad.data);
	if (!Number.isFinite(loss)) throw lossDiverged(loss);
	if (scale !== 1) for (let i = 0; i < grad.data.length; i++) grad.data[i] *= scale;
	model.backward(grad);
	return { loss, accuracy: batch ? correct / batch : 0, correct, count: batch };
}

/**
 * The second half of a training step: one optimiser update from the gradients in the parameters' `grad`.
 * Throws TrainingDivergedError (and changes no weight) if a gradient or an updated weight is not finite.
 * `applyGradients(model, adam)`
 */
export function applyGradients(model: Sequential, optimiser: Optimiser): void {
	const parameters = model.parameters();
	for (const p of parameters) {
		if (!p.frozen && !allFinite(p.grad.data)) {
			throw new TrainingDivergedError(`a gradient of ${p.name} became NaN or infinite: ${advice}`);
		}
	}
	for (const p of parameters) {
		if (p.frozen) continue;
		let copy = snapshots.get(p);
		if (!copy || copy.length !== p.value.data.length) {
			copy = new Float32Array(p.value.data.length);
			snapshots.set(p, copy);
		}
		copy.set(p.value.data);
	}
	optimiser.step(parameters);
	for (const p of parameters) {
		if (!p.frozen && !allFinite(p.value.data)) {
			for (const q of parameters) {
				const copy = snapshots.get(q);
				if (!q.frozen && copy) q.value.data.set(copy);
			}
			throw new TrainingDivergedError(`a weight of ${p.name} became NaN or infinite: ${advice}`);
		}
	}
}

/**
 * One step of training on a batch: forward, softmax cross-entropy, backward, optimiser update. Throws
 * TrainingDivergedError (and changes no weight) if the loss, a gradient or an updated weight is not finite.
 * `const { loss, accuracy } = trainStep(model, sgd, x, labels)`
 */
export function trainStep(
	model: Sequential,
	optimiser: Optimiser,
	x: Tensor,
	labels: ArrayLike<number>
): StepResult {
	const result = batchGradients(model, x, labels);
	applyGradients(model, optimiser);
	return result;
}
