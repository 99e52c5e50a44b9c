/**
 * Tensors: a flat Float32Array with a shape, row-major (the last axis varies fastest).
 *
 * Images and feature maps use the shape [batch, channels, height, width] (NCHW), so the value of
 * channel c at row y, column x of example n sits at ((n * C + c) * H + y) * W + x.
 */

export type Shape = readonly number[];

export interface Tensor {
	readonly shape: Shape;
	readonly data: Float32Array;
}

/** Number of elements of a shape. `size([2, 3, 4]) === 24` */
export function size(shape: Shape): number {
	let n = 1;
	for (const d of shape) n *= d;
	return n;
}

function checkShape(shape: Shape): void {
	for (const d of shape) {
		if (!Number.isInteger(d) || d < 0) {
			throw new RangeError(
				`shape [${shape.join(', ')}] has a dimension ${d}: every dimension must be a whole number >= 0`
			);
		}
	}
}

/** A tensor of zeros. `zeros([1, 3, 4, 4])` */
export function zeros(shape: Shape): Tensor {
	checkShape(shape);
	return { shape: [...shape], data: new Float32Array(size(shape)) };
}

/** A tensor with every element equal to `value`. `full([2, 2], 1)` */
export function full(shape: Shape, value: number): Tensor {
	const t = zeros(shape);
	t.data.fill(value);
	return t;
}

/**
 * A tensor from values, copied into a new Float32Array.
 * `tensor([1, 2, 3, 4], [1, 1, 2, 2])`
 */
export function tensor(values: ArrayLike<number>, shape: Shape): Tensor {
	checkShape(shape);
	if (values.length !== size(shape)) {
		throw new RangeError(
			`${values.length} values cannot fill shape [${shape.join(', ')}], which holds ${size(shape)}`
		);
	}
	return { shape: [...shape], data: Float32Array.from(values) };
}

/** A copy that shares nothing with the original. */
export function clone(t: Tensor): Tensor {
	return { shape: [...t.shape], data: new Float32Array(t.data) };
}

/** The same data seen with another shape of the same size (no copy). `reshape(t, [1, 784])` */
export function reshape(t: Tensor, shape: Shape): Tensor {
	checkShape(shape);
	if (size(shape) !== t.data.length) {
		throw new RangeError(
			`cannot reshape [${t.shape.join(', ')}] (${t.data.length} values) to [${shape.join(', ')}] (${size(shape)} values)`
		);
	}
	return { shape: [...shape], data: t.data };
}

/** Flat index of element (n, c, y, x) in an NCHW tensor of shape [N, C, H, W]. */
export function index4(shape: Shape, n: number, c: number, y: number, x: number): number {
	return ((n * shape[1] + c) * shape[2] + y) * shape[3] + x;
}

/** Value at (n, c, y, x) of an NCHW tensor. `at4(image, 0, 2, 5, 7)` reads blue at row 5, column 7. */
export function at4(t: Tensor, n: number, c: number, y: number, x: number): number {
	return t.data[index4(t.shape, n, c, y, x)];
}

/** Same shapes, element by element? Used to validate arguments at the public edge. */
export function sameShape(a: Shape, b: Shape): boolean {
	return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** Human-readable shape, `[1, 3, 16, 16]`. */
export function shapeString(shape: Shape): string {
	return `[${shape.join(', ')}]`;
}
