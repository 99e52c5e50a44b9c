/**
 * The scene of the gradient-descent figure (lesson 11), without the markup: where a run starts, how
 * its loss reads, which part of it is shown, and the sentence that describes it. The run itself is
 * the engine's (`descend`); this module only words and bounds it, so it is tested in Node.
 */
import type { DescentRun, DescentVerdict, LossSurface, Weights } from '$lib/engine/lessons/descent';
import { fixed as fmt, grouped, type CountMessage } from '$lib/figure/format';
import { m } from '$lib/paraglide/messages';

/** How a run ended, as the verdict line says it: "converges". */
export const VERDICT_WORD: Record<DescentVerdict, () => string> = {
	converges: m.learning_verdict_converges,
	crawls: m.learning_verdict_crawls,
	diverges: m.learning_verdict_diverges
};

/** The three example rates, with the words of their buttons ("Too small: 0.01"). */
export const RATE_EXAMPLES = [
	[0.01, m.learning_rate_too_small],
	[0.1, m.learning_rate_about_right],
	[0.3, m.learning_rate_too_large]
] as const;

/** Run lengths offered to the reader. */
export const STEP_CHOICES = [10, 20, 40, 100] as const;

/** The `step` setting's value that means "the end of the run, however long it is". */
export const LAST_STEP = 100;

/**
 * A loss as the reader reads it: two decimals below 1,000, whole and grouped above ("140,758"),
 * in words past a million ("80.6 billion"); never in e-notation.
 */
export function lossText(loss: number): string {
	if (Number.isNaN(loss)) return m.learning_not_a_number();
	if (!Number.isFinite(loss)) return loss > 0 ? m.learning_infinite() : m.learning_minus_infinite();
	const size = Math.abs(loss);
	if (size < 1000) return fmt(loss, 2);
	if (size < 1e6) return grouped(loss);
	// French says "1,5 million" but "2,3 millions", and its billion is a thousand of ours.
	const words: [number, CountMessage, CountMessage][] = [
		[1e15, m.learning_quadrillion_one, m.learning_quadrillion_other],
		[1e12, m.learning_trillion_one, m.learning_trillion_other],
		[1e9, m.learning_billion_one, m.learning_billion_other],
		[1e6, m.learning_million_one, m.learning_million_other]
	];
	const [unit, one, other] = words.find(([u]) => size >= u)!;
	const count = loss / unit;
	// Past a million billion the count itself can grow: group its whole part too.
	const countText = Math.abs(count) < 1000 ? fmt(count, 1) : grouped(count);
	return (Math.abs(count) < 2 ? one : other)({ count: countText });
}

/** A start point rounded to the hundredth and kept inside the surface's range. */
export function clampStart(surface: LossSurface, w: Weights): Weights {
	const [x0, x1] = surface.range.w1;
	const [y0, y1] = surface.range.w2;
	const round = (value: number) => Math.round(value * 100) / 100;
	return [Math.min(x1, Math.max(x0, round(w[0]))), Math.min(y1, Math.max(y0, round(w[1])))];
}

/** How an arrow key moves the start (shift for bigger moves); null for any other key. */
export function arrowMove(key: string, shift: boolean): Weights | null {
	const step = shift ? 0.5 : 0.1;
	const moves: Record<string, Weights> = {
		ArrowLeft: [-step, 0],
		ArrowRight: [step, 0],
		ArrowUp: [0, step],
		ArrowDown: [0, -step]
	};
	return moves[key] ?? null;
}

/** The step shown for a `step` setting: the setting itself, or the end of a shorter run. */
export function stepOf(setting: number, run: DescentRun): number {
	return Math.min(Math.max(0, setting), run.path.length - 1);
}

/** The `step` setting that keeps the step shown: LAST_STEP at the end of the run. */
export function stepSetting(step: number, run: DescentRun): number {
	return step >= run.path.length - 1 ? LAST_STEP : step;
}

/**
 * The top of the loss plot's logarithmic axis: 1,000, or the power of ten above the run's largest
 * loss, so that a run that blows up is drawn whole instead of cut at the top.
 */
export function lossAxisTop(run: DescentRun): number {
	const largest = Math.max(...run.path.map((p) => p.loss).filter(Number.isFinite));
	return Math.max(1000, 10 ** Math.ceil(Math.log10(largest)));
}

/** Why the run ended as it did, from the engine's facts. */
export function runExplanation(run: DescentRun): string {
	const { steps, left, convergedWithin, divergesAbove } = run.facts;
	if (run.verdict === 'diverges') return m.learning_diverges_why({ limit: fmt(divergesAbove, 2) });
	if (run.verdict === 'converges')
		return m.learning_converges_why({ steps, share: fmt(100 * convergedWithin, 0) });
	return m.learning_crawls_why({ steps, share: fmt(100 * left, 0) });
}

/** The figure's description: settings, where the run is, and its verdict with the reason. */
export function describeRun(
	surface: LossSurface,
	run: DescentRun,
	rate: number,
	from: Weights,
	step: number
): string {
	return m.learning_run_description({
		rate: fmt(rate, 3),
		w1: fmt(from[0]),
		w2: fmt(from[1]),
		step,
		last: run.path.length - 1,
		loss: lossText(run.path[step].loss),
		start: lossText(run.path[0].loss),
		lowest: fmt(surface.minimumLoss),
		verdict: VERDICT_WORD[run.verdict](),
		explanation: runExplanation(run)
	});
}
