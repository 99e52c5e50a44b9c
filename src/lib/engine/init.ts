/**
 * Weight initialisation: random starting weights scaled so that signals neither vanish nor explode
 * through the layers. fanIn = inputs feeding one output (channels · kH · kW for a convolution),
 * fanOut = outputs fed by one input (filters · kH · kW).
 */

import type { Random } from './random';
import { ShapeError } from './shape';
import { zeros, type Shape, type Tensor } from './tensor';

function checkFan(name: string, fan: number): void {
	if (!(fan > 0) || !Number.isFinite(fan)) {
		throw new ShapeError(
			`${name} ${fan} is not possible: it counts connections, so it must be > 0`
		);
	}
}

/**
 * He (Kaiming) normal: N(0, 2 / fanIn), for layers followed by ReLU.
 * `heNormal([6, 1, 5, 5], 25, 150, createRandom(1))`
 */
export function heNormal(shape: Shape, fanIn: number, _fanOut: number, rng: Random): Tensor {
	checkFan('fanIn', fanIn);
	const t = zeros(shape);
	const std = Math.sqrt(2 / fanIn);
	for (let i = 0; i < t.data.length; i++) t.data[i] = rng.normal(0, std);
	return t;
}

/**
 * He (Kaiming) uniform: U(-√(6 / fanIn), √(6 / fanIn)), the same variance 2 / fanIn.
 * `heUniform([120, 400], 400, 120, createRandom(1))`
 */
export function heUniform(shape: Shape, fanIn: number, _fanOut: number, rng: Random): Tensor {
	checkFan('fanIn', fanIn);
	const t = zeros(shape);
	const limit = Math.sqrt(6 / fanIn);
	for (let i = 0; i < t.data.length; i++) t.data[i] = rng.uniform(-limit, limit);
	return t;
}

/**
 * Glorot (Xavier) uniform: U(-√(6 / (fanIn + fanOut)), +√(6 / (fanIn + fanOut))), for tanh / sigmoid.
 * `glorotUniform([10, 84], 84, 10, createRandom(1))`
 */
export function glorotUniform(shape: Shape, fanIn: number, fanOut: number, rng: Random): Tensor {
	checkFan('fanIn', fanIn);
	checkFan('fanOut', fanOut);
	const t = zeros(shape);
	const limit = Math.sqrt(6 / (fanIn + fanOut));
	for (let i = 0; i < t.data.length; i++) t.data[i] = rng.uniform(-limit, limit);
	return t;
}
