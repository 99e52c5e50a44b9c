/**
 * Lesson 08's dense layer example: two small feature maps after ReLU (no negative values, a few
 * zeros), flattened, and the layer's weights and biases, all drawn from one seed with the engine's
 * random numbers and Glorot initialisation and rounded so that the cells can show them whole.
 */
import { flatten } from '$lib/engine/flatten';
import { glorotUniform } from '$lib/engine/init';
import { createRandom } from '$lib/engine/random';
import { tensor, type Tensor } from '$lib/engine/tensor';

export const MAPS = 2;
export const SIDE = 3;
export const INPUTS = MAPS * SIDE * SIDE;
export const OUTPUTS = 10;

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** The flattened input vector, the weights [10, 18] and the biases [10] of seed `seed`. */
export function denseExample(seed: number): { vector: Tensor; weight: Tensor; bias: Tensor } {
	const rng = createRandom(seed);
	const maps = Array.from({ length: INPUTS }, () => {
		const value = rng.uniform(-0.6, 2);
		return value < 0 ? 0 : round(value, 1);
	});
	const vector = flatten(tensor(maps, [1, MAPS, SIDE, SIDE]), 'row');
	const glorot = glorotUniform([OUTPUTS, INPUTS], INPUTS, OUTPUTS, rng);
	const weight: Tensor = { shape: glorot.shape, data: glorot.data.map((w) => round(w, 2)) };
	const bias = tensor(
		Array.from({ length: OUTPUTS }, () => round(rng.uniform(-0.3, 0.3), 2)),
		[OUTPUTS]
	);
	return { vector, weight, bias };
}
