/**
 * What a trained network looks at, for any Sequential on [1, H, W] images (a playground design or
 * lesson 12's LeNet-5):
 * - saliency: the gradient of one class's score (the logit, before softmax) with respect to every input
 *   pixel, through the layers' own backward passes;
 * - occlusion: how much that score falls when a square patch of the input is hidden (set to a value, 0
 *   by default), patch after patch;
 * - a summary of which pixels mattered most (the top pixels, their bounding box and centre).
 *
 * Both run a forward pass of their own. Saliency's backward overwrites the parameters' gradients, which
 * the next training step computes afresh, so it may run between the steps of a TrainingRun.
 */
import type { Sequential } from '../model';
import { convOutputSize } from '../shape';
import { size, type Tensor } from '../tensor';

function imageSize(model: Sequential): { height: number; width: number; pixels: number } {
	const shape = model.inputShape;
	if (shape.length !== 3) {
		throw new RangeError(
			`saliency and occlusion take images [channels, height, width]; this model takes [${shape.join(', ')}]`
		);
	}
	return { height: shape[1], width: shape[2], pixels: size(shape) };
}

function checkImage(model: Sequential, image: Float32Array): void {
	const { pixels } = imageSize(model);
	if (image.length !== pixels) {
		throw new RangeError(
			`the image has ${image.length} values; this model takes ${pixels} (${model.inputShape.join(' x ')})`
		);
	}
}

function checkClass(classIndex: number, classes: number): void {
	if (!Number.isInteger(classIndex) || classIndex < 0 || classIndex >= classes) {
		throw new RangeError(
			`class ${classIndex} is not one of this model's: use a whole number from 0 to ${classes - 1}`
		);
	}
}

function bestOf(values: ArrayLike<number>, start: number, count: number): number {
	let best = 0;
	for (let k = 1; k < count; k++) if (values[start + k] > values[start + best]) best = k;
	return best;
}

/** Which pixels mattered most, as facts a sentence can be made of. */
export interface ImportanceSummary {
	/** The `count` largest values, largest first (row, column, value). */
	top: { row: number; column: number; value: number }[];
	/** Smallest rectangle holding them (inclusive indices); null when no value is > 0. */
	box: { top: number; left: number; bottom: number; right: number } | null;
	/** Value-weighted centre of the top pixels (row, column). */
	centre: { row: number; column: number } | null;
	/** Where the centre lies in a 3 x 3 division of the image. */
	region: {
		vertical: 'top' | 'middle' | 'bottom';
		horizontal: 'left' | 'centre' | 'right';
	} | null;
	/** Share of the sum of all positive values that the top pixels hold (0 to 1). */
	share: number;
}

/**
 * The `count` pixels with the largest positive values of a map (row-major, height x width), their box,
 * centre and share of the total. `summariseImportance(map, 28, 28, 40).box`
 */
export function summariseImportance(
	map: ArrayLike<number>,
	height: number,
	width: number,
	count = 40
): ImportanceSummary {
	if (map.length !== height * width) {
		throw new RangeError(`the map has ${map.length} values, not ${height} x ${width}`);
	}
	const order: number[] = [];
	let total = 0;
	for (let i = 0; i < map.length; i++) {
		if (map[i] > 0) {
			order.push(i);
			total += map[i];
		}
	}
	order.sort((a, b) => map[b] - map[a] || a - b);
	const chosen = order.slice(0, Math.max(0, Math.floor(count)));
	const top = chosen.map((i) => ({
		row: Math.floor(i / width),
		column: i % width,
		value: map[i]
	}));
	if (top.length === 0) return { top, box: null, centre: null, region: null, share: 0 };
	let weight = 0;
	let rowSum = 0;
	let columnSum = 0;
	const box = { top: height, left: width, bottom: -1, right: -1 };
	for (const p of top) {
		weight += p.value;
		rowSum += p.value * p.row;
		columnSum += p.value * p.column;
		box.top = Math.min(box.top, p.row);
		box.bottom = Math.max(box.bottom, p.row);
		box.left = Math.min(box.left, p.column);
		box.right = Math.max(box.right, p.column);
	}
	const centre = { row: rowSum / weight, column: columnSum / weight };
	const third = (value: number, extent: number) =>
		Math.min(2, Math.floor(((value + 0.5) * 3) / extent));
	return {
		top,
		box,
		centre,
		region: {
			vertical: (['top', 'middle', 'bottom'] as const)[third(centre.row, height)],
			horizontal: (['left', 'centre', 'right'] as const)[third(centre.column, width)]
		},
		share: weight / total
	};
}

/** A saliency map. */
export interface Saliency {
	/** The class whose score was differentiated. */
	classIndex: number;
	/** Its score (logit) on the image. */
	score: number;
	/** The class the model chooses, and every class's probability. */
	predicted: number;
	probabilities: Float32Array;
	/** d score / d pixel, same layout as the image. */
	gradient: Float32Array;
	/** The largest |gradient|, to scale a picture. */
	largest: number;
	/** Which pixels mattered most, by |gradient|. */
	summary: ImportanceSummary;
}

/**
 * The gradient of a class's score (before softmax) with respect to each pixel of one image, through
 * the model's backward pass. Without a class, the model's own answer.
 * `saliency(model, digit).gradient` (784 values for a 28 x 28 digit)
 */
export function saliency(
	model: Sequential,
	image: Float32Array,
	classIndex?: number,
	summaryCount = 40
): Saliency {
	checkImage(model, image);
	const { height, width } = imageSize(model);
	const x: Tensor = { shape: [1, ...model.inputShape], data: image };
	// A training forward keeps what backward needs; no layer of the engine behaves differently in it.
	const logits = model.forward(x, true);
	const classes = logits.data.length;
	const predicted = bestOf(logits.data, 0, classes);
	const target = classIndex ?? predicted;
	checkClass(target, classes);
	const score = logits.data[target];
	const probabilities = new Float32Array(classes);
	let sum = 0;
	for (let k = 0; k < classes; k++) {
		probabilities[k] = Math.exp(logits.data[k] - logits.data[predicted]);
		sum += probabilities[k];
	}
	for (let k = 0; k < classes; k++) probabilities[k] /= sum;
	// Seed the backward pass with d score / d logits: 1 at the class, 0 elsewhere. Sequential.backward
	// stops at the first layer with weights; here every layer passes its gradient down to the pixels.
	let grad: Tensor = { shape: [1, classes], data: new Float32Array(classes) };
	grad.data[target] = 1;
	const layers = model.layers;
	for (let i = layers.length - 1; i >= 0; i--) grad = layers[i].backward(grad, true);
	const gradient = new Float32Array(grad.data);
	let largest = 0;
	const magnitude = new Float32Array(gradient.length);
	for (let i = 0; i < gradient.length; i++) {
		magnitude[i] = Math.abs(gradient[i]);
		largest = Math.max(largest, magnitude[i]);
	}
	// One channel for a digit; with more, a pixel's importance is its strongest channel.
	const perPixel = new Float32Array(height * width);
	for (let i = 0; i < magnitude.length; i++) {
		const p = i % perPixel.length;
		perPixel[p] = Math.max(perPixel[p], magnitude[i]);
	}
	return {
		classIndex: target,
		score,
		predicted,
		probabilities,
		gradient,
		largest,
		summary: summariseImportance(perPixel, height, width, summaryCount)
	};
}

/** Settings of an occlusion map. */
export interface OcclusionOptions {
	/** Side of the hidden square, in pixels. Default 4. */
	patch?: number;
	/** Step between two patches. Default: the patch (side by side). */
	stride?: number;
	/** The class whose score is watched; default the model's answer on the whole image. */
	classIndex?: number;
	/** Value of the hidden pixels. Default 0 (the background of a digit). */
	fill?: number;
	/** Images per forward pass (memory). Default 64. */
	batch?: number;
	/** Pixels the summary keeps. Default 40. */
	summaryCount?: number;
}

/** An occlusion map. */
export interface Occlusion {
	classIndex: number;
	/** The class's score on the whole image. */
	score: number;
	patch: number;
	stride: number;
	/** Patch positions down and across (as a convolution's output size with this patch and stride). */
	rows: number;
	columns: number;
	/** score - score with the patch at (row, column) hidden: > 0 where hiding hurts the class. */
	drop: Float32Array;
	/**
	 * For every pixel, the mean drop of the patches that hide it (0 where no patch does): the map at the
	 * image's own size, for an overlay.
	 */
	perPixel: Float32Array;
	/** Which pixels mattered most, by positive drop. */
	summary: ImportanceSummary;
}

/**
 * How a class's score falls when each square patch of the image is hidden. Patch positions follow the
 * convolution arithmetic of shape.ts (a patch larger than the image is its ShapeError).
 * `occlusion(model, digit, { patch: 4, stride: 2 }).drop`
 */
export function occlusion(
	model: Sequential,
	image: Float32Array,
	options: OcclusionOptions = {}
): Occlusion {
	checkImage(model, image);
	const { height, width, pixels } = imageSize(model);
	const channels = model.inputShape[0];
	const patch = options.patch ?? 4;
	const stride = options.stride ?? patch;
	const fill = options.fill ?? 0;
	const batchSize = options.batch ?? 64;
	if (!Number.isFinite(fill)) throw new RangeError(`fill ${fill} is not a number: use 0`);
	if (!Number.isInteger(batchSize) || batchSize < 1) {
		throw new RangeError(`batch ${batchSize} is not possible: use a whole number >= 1`);
	}
	const rows = convOutputSize({ input: height, kernel: patch, stride });
	const columns = convOutputSize({ input: width, kernel: patch, stride });
	const whole = model.forward({ shape: [1, ...model.inputShape], data: image }, false);
	const classes = whole.data.length;
	const target = options.classIndex ?? bestOf(whole.data, 0, classes);
	checkClass(target, classes);
	const score = whole.data[target];
	const positions = rows * columns;
	const drop = new Float32Array(positions);
	for (let start = 0; start < positions; start += batchSize) {
		const count = Math.min(batchSize, positions - start);
		const data = new Float32Array(count * pixels);
		for (let n = 0; n < count; n++) {
			const offset = n * pixels;
			data.set(image, offset);
			const row = Math.floor((start + n) / columns) * stride;
			const column = ((start + n) % columns) * stride;
			for (let c = 0; c < channels; c++) {
				for (let y = row; y < row + patch; y++) {
					const line = offset + (c * height + y) * width;
					data.fill(fill, line + column, line + column + patch);
				}
			}
		}
		const logits = model.forward({ shape: [count, ...model.inputShape], data }, false);
		for (let n = 0; n < count; n++) drop[start + n] = score - logits.data[n * classes + target];
	}
	const total = new Float32Array(height * width);
	const covers = new Uint16Array(height * width);
	for (let r = 0; r < rows; r++) {
		for (let c = 0; c < columns; c++) {
			for (let y = r * stride; y < r * stride + patch; y++) {
				for (let x = c * stride; x < c * stride + patch; x++) {
					total[y * width + x] += drop[r * columns + c];
					covers[y * width + x]++;
				}
			}
		}
	}
	const perPixel = new Float32Array(height * width);
	for (let i = 0; i < perPixel.length; i++) perPixel[i] = covers[i] ? total[i] / covers[i] : 0;
	return {
		classIndex: target,
		score,
		patch,
		stride,
		rows,
		columns,
		drop,
		perPixel,
		summary: summariseImportance(perPixel, height, width, options.summaryCount ?? 40)
	};
}
