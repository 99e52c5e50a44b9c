/**
 * The scene of the gradient-descent figure (lesson 11), without the markup: where a run starts, how
 * its loss reads, which part of it is shown, and the sentence that describes it. The run itself is
 * the engine's (`descend`); this module only words and bounds it, so it is tested in Node.
 */
import { grouped } from '$lib/figure/format';
import type { DescentRun, LossSurface, Weights } from '$lib/engine/lessons/descent';
import { fixed as fmt } from '$lib/figure/format';

export const VERDICT_WORD = {
	converges: 'converges',
	crawls: 'crawls',
	diverges: 'diverges'
} as const;

/** Run lengths offered to the reader. */
export const STEP_CHOICES = [10, 20, 40, 100] as const;

/** The `step` setting's value that means "the end of the run, however long it is". */
export const LAST_STEP = 100;

/**
 * A loss as the reader reads it: two decimals below 1,000, whole and grouped above ("140,758"),
 * in words past a million ("80.6 billion"); never in e-notation.
 */
export function lossText(loss: number): string {
	if (Number.isNaN(loss)) return 'not a number';
	if (!Number.isFinite(loss)) return loss > 0 ? 'infinite' : '−infinite';
	const size = Math.abs(loss);
	if (size < 1000) return fmt(loss, 2);
	if (size < 1e6) return grouped(loss);
	const words: [number, string][] = [
		[1e15, 'million billion'],
		[1e12, 'trillion'],
		[1e9, 'billion'],
		[1e6, 'million']
	];
	const [unit, word] = words.find(([u]) => size >= u)!;
	const count = loss / unit;
	// Past a million billion the count itself can grow: group its whole part too.
	const countText = Math.abs(count) < 1000 ? fmt(count, 1) : grouped(count);
	return `${countText} ${word}`;
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

/** The figure's description: settings, where the run is, and its verdict with the reason. */
export function describeRun(
	surface: LossSurface,
	run: DescentRun,
	rate: number,
	from: Weights,
	step: number
): string {
	const last = run.path.length - 1;
	return (
		`Learning rate ${fmt(rate, 3)}, starting at w₁ = ${fmt(from[0])}, w₂ = ${fmt(from[1])}. ` +
		`After ${step} of ${last} steps the loss is ${lossText(run.path[step].loss)} ` +
		`(it started at ${lossText(run.path[0].loss)}; the lowest possible is ${fmt(surface.minimumLoss)}). ` +
		`This run ${VERDICT_WORD[run.verdict]}: ${run.explanation}.`
	);
}
