/**
 * Small whole-number inputs and kernels for the stepping figures, so every product can be read and
 * checked by hand. Drawn with the engine's seeded random numbers: the same settings always show the
 * same numbers (and a test can rebuild them).
 */
import { createRandom } from '$lib/engine/random';
import { tensor, type Tensor } from '$lib/engine/tensor';

/** A [1, channels, size, size] input of whole numbers 0-9. `demoInput(4)` */
export function demoInput(size: number, channels = 1, seed = 7): Tensor {
	const rng = createRandom(seed);
	const values = Array.from({ length: channels * size * size }, () => rng.int(10));
	return tensor(values, [1, channels, size, size]);
}

/** A [filters, channels, size, size] kernel of whole numbers −1 to 2. `demoKernel(3)` */
export function demoKernel(size: number, channels = 1, seed = 11, filters = 1): Tensor {
	const rng = createRandom(seed);
	const values = Array.from({ length: filters * channels * size * size }, () => rng.int(4) - 1);
	return tensor(values, [filters, channels, size, size]);
}

/** The bias the stepping figures add. */
export const DEMO_BIAS = 1;
