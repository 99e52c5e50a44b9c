/**
 * The engine's shape errors as sentences for the reader. Only `ShapeError` (a setting that cannot
 * work, such as a kernel larger than its padded input) becomes a message; any other error is a bug
 * and is thrown on, so that it fails the tests instead of reading as "this setting is not possible".
 */
import { ShapeError } from '$lib/engine/shape';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { problemSentence } from './shapeWords';

export type ShapeResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Runs an engine call; a ShapeError becomes `{ ok: false, message }`.
 * `const result = $derived(tryShape(() => conv2dTraced(input, weight, bias, { stride })));`
 */
export function tryShape<T>(compute: () => T): ShapeResult<T> {
	try {
		return { ok: true, value: compute() };
	} catch (error) {
		if (error instanceof ShapeError) return { ok: false, message: shapeMessage(error) };
		throw error;
	}
}

/**
 * A shape error in the page's language: its facts phrased by `problemSentence`. An error the engine
 * threw without facts cannot be phrased: English shows the engine's sentence, French a plain
 * "not possible" (every error a reader can reach carries facts; tests/unit/figure/shapeWords.test.ts).
 */
export function shapeMessage(error: ShapeError): string {
	if (error.problem) return problemSentence(error.problem);
	return getLocale() === 'en' ? error.message : m.figure_problem_unknown();
}

/**
 * An engine message (lower case, no final stop, so it can sit inside a longer sentence) as a
 * sentence of its own: `sentence('use padding 1')` is "Use padding 1."
 */
export function sentence(text: string): string {
	const trimmed = text.trim();
	if (trimmed === '') return '';
	const capital = trimmed[0].toUpperCase() + trimmed.slice(1);
	return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
