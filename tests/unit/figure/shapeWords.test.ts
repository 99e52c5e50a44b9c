/**
 * The kit phrases the engine's facts: in English it must say exactly what the engine says (the
 * sentences the lessons were written against), for every configuration a figure can reach; in
 * French it says the same facts in French.
 */
import { afterEach, describe, expect, test } from 'vitest';
import {
	convFit,
	convOutputSize,
	poolOutputSize,
	samePadding,
	ShapeError,
	transposedOutputSize,
	type AxisWords
} from '../../../src/lib/engine/shape';
import { baseLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import { shapeMessage } from '../../../src/lib/figure/shape';
import { fitSentence } from '../../../src/lib/figure/shapeWords';

afterEach(() => overwriteGetLocale(() => baseLocale));

/** The error `compute` throws (a ShapeError), or null. */
function thrown(compute: () => unknown): ShapeError | null {
	try {
		compute();
		return null;
	} catch (error) {
		if (error instanceof ShapeError) return error;
		throw error;
	}
}

const range = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('in English, the kit says what the engine says', () => {
	test('every fit and every impossible convolution, input 1-9, kernel 1-6, stride 1-4, padding 0-3, dilation 1-3', () => {
		let fits = 0;
		let errors = 0;
		for (const input of range(1, 9))
			for (const kernel of range(1, 6))
				for (const stride of range(1, 4))
					for (const padding of range(0, 3))
						for (const dilation of range(1, 3)) {
							const axis = { input, kernel, stride, padding, dilation };
							const error = thrown(() => convOutputSize(axis));
							if (error) {
								expect(error.problem, error.message).toBeDefined();
								expect(shapeMessage(error)).toBe(error.message);
								errors++;
								continue;
							}
							for (const words of ['both', 'rows', 'columns'] as AxisWords[]) {
								const fit = convFit(axis, words);
								expect(fitSentence(axis, fit, words)).toBe(fit.message);
								fits++;
							}
						}
		expect(fits).toBeGreaterThan(1000);
		expect(errors).toBeGreaterThan(100);
	});
	test('pooling windows, "same" padding, transposed convolutions and whole-number settings', () => {
		const cases = [
			() => poolOutputSize({ input: 2, window: 3, stride: 1 }),
			() => poolOutputSize({ input: 4, window: 0, stride: 1 }),
			() => samePadding(4),
			() => samePadding(2, 3),
			() => transposedOutputSize({ input: 1, kernel: 1, stride: 1, padding: 3 }),
			() => transposedOutputSize({ input: 2, kernel: 2, stride: 2, outputPadding: 2 }),
			() => transposedOutputSize({ input: 2, kernel: 2, stride: 1, dilation: 2, outputPadding: 2 }),
			() => convOutputSize({ input: 4, kernel: 2, stride: 0 }),
			() => convOutputSize({ input: 4, kernel: 2, padding: 1.5 })
		];
		for (const compute of cases) {
			const error = thrown(compute);
			expect(error?.problem, error?.message).toBeDefined();
			expect(shapeMessage(error as ShapeError)).toBe(error?.message);
		}
	});
	test('every transposed convolution a figure can reach has facts', () => {
		for (const input of range(1, 4))
			for (const kernel of range(1, 4))
				for (const stride of range(1, 3))
					for (const padding of range(0, 3)) {
						const error = thrown(() => transposedOutputSize({ input, kernel, stride, padding }));
						if (error) expect(shapeMessage(error)).toBe(error.message);
					}
	});
});

describe('in French', () => {
	test('the 4 x 4, kernel 2, stride 3 overflow and its fixes', () => {
		overwriteGetLocale(() => 'fr');
		const axis = { input: 4, kernel: 2, stride: 3 };
		expect(fitSentence(axis, convFit(axis))).toBe(
			'Un pas de 3 avec un noyau de 2 laisse de côté les colonnes 3 et 4 (et les lignes 3 et 4) de l’entrée, large de 4\u00a0: prenez une marge de 1 ou un pas de 2'.replace(
				'’',
				"'"
			)
		);
	});
	test('a window larger than the input', () => {
		overwriteGetLocale(() => 'fr');
		const error = thrown(() => poolOutputSize({ input: 2, window: 3, stride: 1 })) as ShapeError;
		expect(shapeMessage(error)).toBe(
			"une fenêtre de 3 dépasse l'entrée, large de 2\u00a0: prenez une fenêtre d'au plus 2, ou résumez ce qui reste au bord"
		);
	});
	test('an error without facts is not shown in English', () => {
		overwriteGetLocale(() => 'fr');
		expect(shapeMessage(new ShapeError('something the engine said'))).toBe(
			'ces réglages ne sont pas possibles'
		);
	});
});
