import { describe, expect, test } from 'vitest';
import { conv2d } from '../../../src/lib/engine/conv';
import { tensor, zeros } from '../../../src/lib/engine/tensor';
import { sentence, tryShape } from '../../../src/lib/figure/shape';

describe('tryShape', () => {
	test('a result passes through', () => {
		expect(tryShape(() => 42)).toEqual({ ok: true, value: 42 });
	});
	test('x=[1,1,2,2] k=3 p=0: the engine’s ShapeError becomes its message', () => {
		const result = tryShape(() =>
			conv2d(zeros([1, 1, 2, 2]), zeros([1, 1, 3, 3]), tensor([0], [1]), { padding: 0 })
		);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/kernel/);
	});
	test('any other error is a bug and is thrown on', () => {
		expect(() =>
			tryShape(() => {
				throw new TypeError('undefined is not a function');
			})
		).toThrow(TypeError);
	});
});

describe('sentence', () => {
	test.each([
		['use padding 1', 'Use padding 1.'],
		['Already a sentence.', 'Already a sentence.'],
		['', '']
	])('%j -> %j', (text, expected) => expect(sentence(text)).toBe(expected));
});
