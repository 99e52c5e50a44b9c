/**
 * Hand-made image filters: classic kernels (edges, blur, sharpen, ...) and the one way lesson 2 applies
 * them to a colour picture: each channel convolved with the same kernel (a depthwise convolution,
 * `groups` = channels), with zero padding that keeps the size. The convolution itself is conv2d's.
 */

import { conv2d } from '../conv';
import { ShapeError } from '../shape';
import { tensor, type Tensor } from '../tensor';

/** A named kernel, written row by row, with the bias added to every output. */
export interface FilterPreset {
	/** Stable key for URLs, e.g. "sobel". */
	id: string;
	/** Name shown to the reader. */
	name: string;
	/** Odd kernel size (3 or 5). */
	size: number;
	/** size x size weights, row by row. */
	weights: readonly number[];
	/** Added to every output value (invert needs 255). */
	bias: number;
	/** What the filter does, in one short sentence. */
	effect: string;
	/** How its output is best drawn: 'clamp' when it stays in 0-255, 'absolute' for edges (signed). */
	display: 'clamp' | 'absolute' | 'centred';
}

const ninth = 1 / 9;
const sixteenth = 1 / 16;

/** The lesson's gallery, in the order it is shown. */
export const FILTER_PRESETS: readonly FilterPreset[] = [
	{
		id: 'identity',
		name: 'Identity',
		size: 3,
		weights: [0, 0, 0, 0, 1, 0, 0, 0, 0],
		bias: 0,
		effect: 'copies each pixel: a single 1 in the centre',
		display: 'clamp'
	},
	{
		id: 'vertical',
		name: 'Vertical edges',
		size: 3,
		weights: [-1, 0, 1, -1, 0, 1, -1, 0, 1],
		bias: 0,
		effect: 'right column minus left column: strong where brightness changes from left to right',
		display: 'absolute'
	},
	{
		id: 'horizontal',
		name: 'Horizontal edges',
		size: 3,
		weights: [-1, -1, -1, 0, 0, 0, 1, 1, 1],
		bias: 0,
		effect: 'bottom row minus top row: strong where brightness changes from top to bottom',
		display: 'absolute'
	},
	{
		id: 'diagonal',
		name: 'Diagonal edges',
		size: 3,
		weights: [-2, -1, 0, -1, 0, 1, 0, 1, 2],
		bias: 0,
		effect: 'lower right minus upper left: strong on edges that run diagonally',
		display: 'absolute'
	},
	{
		id: 'sobel',
		name: 'Sobel (vertical)',
		size: 3,
		weights: [-1, 0, 1, -2, 0, 2, -1, 0, 1],
		bias: 0,
		effect: 'vertical edges with the middle row counted twice, so less sensitive to noise',
		display: 'absolute'
	},
	{
		id: 'laplacian',
		name: 'Laplacian',
		size: 3,
		weights: [0, 1, 0, 1, -4, 1, 0, 1, 0],
		bias: 0,
		effect: 'neighbours minus four times the centre: edges in every direction at once',
		display: 'absolute'
	},
	{
		id: 'box',
		name: 'Box blur',
		size: 3,
		weights: [ninth, ninth, ninth, ninth, ninth, ninth, ninth, ninth, ninth],
		bias: 0,
		effect: 'the plain average of the 9 pixels of the window',
		display: 'clamp'
	},
	{
		id: 'gaussian',
		name: 'Gaussian blur',
		size: 3,
		weights: [1, 2, 1, 2, 4, 2, 1, 2, 1].map((w) => w * sixteenth),
		bias: 0,
		effect: 'a weighted average that trusts the centre most: a softer blur',
		display: 'clamp'
	},
	{
		id: 'sharpen',
		name: 'Sharpen',
		size: 3,
		weights: [0, -1, 0, -1, 5, -1, 0, -1, 0],
		bias: 0,
		effect: 'the pixel plus its difference from its neighbours: details stand out',
		display: 'clamp'
	},
	{
		id: 'emboss',
		name: 'Emboss',
		size: 3,
		weights: [-2, -1, 0, -1, 1, 1, 0, 1, 2],
		bias: 0,
		effect: 'a diagonal difference plus the pixel itself: looks carved in relief',
		display: 'clamp'
	},
	{
		id: 'invert',
		name: 'Invert',
		size: 3,
		weights: [0, 0, 0, 0, -1, 0, 0, 0, 0],
		bias: 255,
		effect: '255 minus the pixel: a −1 in the centre and a bias of 255',
		display: 'clamp'
	}
];

/** The preset with that id. `filterPreset('sobel').weights` */
export function filterPreset(id: string): FilterPreset {
	const preset = FILTER_PRESETS.find((candidate) => candidate.id === id);
	if (!preset) {
		throw new ShapeError(
			`there is no filter '${id}': use one of ${FILTER_PRESETS.map((p) => p.id).join(', ')}`
		);
	}
	return preset;
}

/**
 * A preset's weights laid in the middle of a larger odd kernel (zeros around), so a 3x3 preset can
 * start a 5x5 kernel that does the same thing. `embedKernel([0,0,0,0,1,0,0,0,0], 3, 5)[12] === 1`
 */
export function embedKernel(weights: readonly number[], size: number, into: number): number[] {
	if (weights.length !== size * size) {
		throw new ShapeError(`${weights.length} weights cannot fill a ${size}x${size} kernel`);
	}
	if (into < size || (into - size) % 2 !== 0) {
		throw new ShapeError(
			`a ${size}x${size} kernel cannot sit in the middle of a ${into}x${into} one: use a size of ${size} + 2, + 4, ...`
		);
	}
	const offset = (into - size) / 2;
	const out = new Array<number>(into * into).fill(0);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) out[(y + offset) * into + x + offset] = weights[y * size + x];
	}
	return out;
}

/**
 * Convolves every channel of a [1, C, H, W] image with the same square kernel (given row by row) and
 * adds the bias, keeping the size (zero padding (size - 1) / 2): a depthwise conv2d with C groups.
 * `applyFilter(photo, filterPreset('sobel').weights, 0)` -> [1, 3, H, W], values may be negative
 */
export function applyFilter(image: Tensor, weights: readonly number[], bias = 0): Tensor {
	const size = Math.round(Math.sqrt(weights.length));
	if (size * size !== weights.length || size % 2 === 0) {
		throw new ShapeError(
			`${weights.length} weights do not make a square kernel of odd size: give 9 (3x3) or 25 (5x5) weights`
		);
	}
	if (image.shape.length !== 4 || image.shape[0] !== 1) {
		throw new ShapeError(`an image has shape [1, channels, height, width]; give one image`);
	}
	const channels = image.shape[1];
	const kernel = tensor(Array.from({ length: channels }, () => [...weights]).flat(), [
		channels,
		1,
		size,
		size
	]);
	const biases = tensor(new Array<number>(channels).fill(bias), [channels]);
	return conv2d(image, kernel, biases, { padding: (size - 1) / 2, groups: channels });
}

/** Smallest and largest value of a tensor. `valueRange(applyFilter(...)).min` */
export function valueRange(t: Tensor): { min: number; max: number } {
	let min = Infinity;
	let max = -Infinity;
	for (const value of t.data) {
		if (value < min) min = value;
		if (value > max) max = value;
	}
	return { min, max };
}
