/**
 * Backward passes skip the zero gradients that ReLU and max pooling leave behind: they list the non-zero
 * ones (where, and how much) and add only those rows. The list is scratch space, grown on demand and reused.
 */

/** A list of non-zero gradients: `index[i]` says where, `value[i]` how much. */
export interface NonZeroList {
	index: Int32Array;
	value: Float64Array;
}

const list: NonZeroList = { index: new Int32Array(256), value: new Float64Array(256) };

/** The shared list, with room for at least `length` entries. `const nz = nonZeroList(120)` */
export function nonZeroList(length: number): NonZeroList {
	if (list.index.length < length) {
		list.index = new Int32Array(length);
		list.value = new Float64Array(length);
	}
	return list;
}

/**
 * target[t + p] += Σ_i value[i] · source[sourceStart(i) + p] for p < length, over the `count` listed
 * (index, value) pairs, where sourceStart(i) = sourceOffset + index[i] * sourceStride. Four sources at a
 * time, so the target is loaded and stored once per four multiply-adds. The pairs are those of the shared
 * list (`nonZeroList`). `accumulateRows(gradW, 0, rows, 0, 150, count, 150)`
 */
export function accumulateRows(
	target: Float32Array,
	targetOffset: number,
	source: Float32Array,
	sourceOffset: number,
	sourceStride: number,
	count: number,
	length: number
): void {
	const { index, value } = list;
	let i = 0;
	for (; i + 3 < count; i += 4) {
		const g0 = value[i];
		const g1 = value[i + 1];
		const g2 = value[i + 2];
		const g3 = value[i + 3];
		const s0 = sourceOffset + index[i] * sourceStride;
		const s1 = sourceOffset + index[i + 1] * sourceStride;
		const s2 = sourceOffset + index[i + 2] * sourceStride;
		const s3 = sourceOffset + index[i + 3] * sourceStride;
		for (let p = 0; p < length; p++) {
			target[targetOffset + p] +=
				g0 * source[s0 + p] + g1 * source[s1 + p] + g2 * source[s2 + p] + g3 * source[s3 + p];
		}
	}
	for (; i < count; i++) {
		const g = value[i];
		const s0 = sourceOffset + index[i] * sourceStride;
		for (let p = 0; p < length; p++) target[targetOffset + p] += g * source[s0 + p];
	}
}
