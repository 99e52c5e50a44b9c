import { describe, expect, test } from 'vitest';
import { flatten } from '$lib/engine/flatten';
import { FlattenScene } from '$lib/widgets/flattening/flattenScene';

describe('FlattenScene (the flatten stepper)', () => {
	test('c=2 s=3 row: the engine’s vector, entry j from input j', () => {
		const scene = new FlattenScene(2, 3, 'row');
		expect(scene.length).toBe(18);
		expect(scene.vector.data).toEqual(flatten(scene.maps, 'row').data);
		expect(Array.from(scene.source)).toEqual(Array.from({ length: 18 }, (_, i) => i));
	});
	test('c=2 s=3 column: entry 2 is map 1, row 1, column 2 and goes back to entry 2', () => {
		const scene = new FlattenScene(2, 3, 'column');
		expect(scene.place(scene.source[1])).toEqual({ channel: 0, row: 1, column: 0 });
		expect(scene.destination[scene.mapIndex(0, 1, 0)]).toBe(1);
	});
	test('shuffle: every input value goes to exactly one entry', () => {
		const scene = new FlattenScene(3, 4, 'shuffle');
		expect(new Set(scene.destination).size).toBe(48);
		scene.source.forEach((s, j) => expect(scene.destination[s]).toBe(j));
	});
});
