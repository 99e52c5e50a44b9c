/**
 * The flatten stepper's scene (lesson 07): small feature maps of whole numbers, the engine's flatten
 * in the order the reader chose, and the two lookups a stepper needs: which input value each entry of
 * the vector comes from (the engine's flattenOrder) and which entry each input value goes to. The
 * vector and the order are the engine's; this only keeps them together.
 */
import { integerMatrix } from '$lib/engine/lessons/featureMaps';
import { flatten, flattenOrder, shufflePermutation, type FlattenOrder } from '$lib/engine/flatten';
import { reshape, type Tensor } from '$lib/engine/tensor';

/** The orders the figure offers: the engine's two, and one fixed shuffle. */
export type OrderName = 'row' | 'column' | 'shuffle';
const SHUFFLE_SEED = 7;

/** `new FlattenScene(2, 3, 'column').source[1]` is 3: the vector's second entry is map 1, row 2, column 1. */
export class FlattenScene {
	readonly maps: Tensor;
	readonly vector: Tensor;
	/** Input index (c·H·W + y·W + x) of each entry of the vector. */
	readonly source: Int32Array;
	/** Entry of the vector each input value goes to. */
	readonly destination: Int32Array;

	constructor(
		readonly channels: number,
		readonly size: number,
		order: OrderName
	) {
		this.maps = reshape(integerMatrix(channels * size, size, 9, 11, 0), [1, channels, size, size]);
		const engineOrder: FlattenOrder =
			order === 'shuffle' ? { permutation: shufflePermutation(this.length, SHUFFLE_SEED) } : order;
		this.vector = flatten(this.maps, engineOrder);
		this.source = flattenOrder(this.maps.shape, engineOrder);
		this.destination = new Int32Array(this.length);
		this.source.forEach((s, j) => (this.destination[s] = j));
	}

	get length(): number {
		return this.channels * this.size * this.size;
	}

	/** Where input value `index` sits: its map, row and column, from 0. */
	place(index: number): { channel: number; row: number; column: number } {
		const { size } = this;
		return {
			channel: Math.floor(index / (size * size)),
			row: Math.floor(index / size) % size,
			column: index % size
		};
	}

	/** The input index of a map's cell. */
	mapIndex(channel: number, row: number, column: number): number {
		return (channel * this.size + row) * this.size + column;
	}
}
