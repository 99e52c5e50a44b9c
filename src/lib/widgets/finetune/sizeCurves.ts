/**
 * What lesson 13's experiment figure makes of the runs that have finished: one accuracy per
 * training-set size and approach (the mean over the seeds, once every seed has finished), the two
 * curves, and the sentences that say what they show. The runs themselves are the engine's
 * (src/lib/engine/lessons/sizeExperiment.ts), trained in the figure's workers.
 */
import type { Approach, Job } from '$lib/engine/lessons/sizeExperiment';
import { percent, plain } from '$lib/figure/format';
import { listed } from '$lib/figure/shapeWords';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

export interface JobResult {
	job: Job;
	accuracy: number;
}

/** One training-set size: the mean accuracy of each approach, or null until all its seeds are in. */
export interface SizeRow {
	perClass: number;
	fine: number | null;
	scratch: number | null;
}

/** Below this difference (2 points), the two networks count as level. */
export const LEVEL = 0.02;

/**
 * The table of the experiment so far, one row per size in `sizes`.
 * `summarise([2, 5], 3, results)[0].fine` is the mean of the three fine-tuned runs at 2 per class.
 */
export function summarise(
	sizes: readonly number[],
	seeds: number,
	results: readonly JobResult[]
): SizeRow[] {
	const mean = (perClass: number, approach: Approach): number | null => {
		const found = results.filter((r) => r.job.perClass === perClass && r.job.approach === approach);
		if (found.length < seeds) return null;
		return found.reduce((sum, r) => sum + r.accuracy, 0) / found.length;
	};
	return sizes.map((perClass) => ({
		perClass,
		fine: mean(perClass, 'fine-tuned'),
		scratch: mean(perClass, 'scratch')
	}));
}

/** The points of one approach's curve: x digits per class, y accuracy, for the sizes finished. */
export function curve(rows: readonly SizeRow[], approach: Approach): { x: number; y: number }[] {
	return rows.flatMap((row) => {
		const y = approach === 'fine-tuned' ? row.fine : row.scratch;
		return y === null ? [] : [{ x: row.perClass, y }];
	});
}

/** A difference of accuracies in percentage points, to one decimal: "1 point", "2.5 points". */
const points = (difference: number) => {
	const value = Math.round(Math.abs(difference) * 1000) / 10;
	// English says "1 point" alone; French says "0 point", "1,5 point" (singular below 2).
	const single = getLocale() === 'fr' ? value < 2 : value === 1;
	return (single ? m.finetune_points_one : m.finetune_points_other)({ value: plain(value) });
};

/** How the fine-tuned network stands against the other at one size, in words. */
export function standing(row: SizeRow): string {
	if (row.fine === null || row.scratch === null) return m.finetune_not_measured();
	const difference = row.fine - row.scratch;
	if (Math.abs(difference) < LEVEL) return m.finetune_level({ points: signedPoints(difference) });
	return difference > 0
		? m.finetune_ahead({ points: points(difference) })
		: m.finetune_behind({ points: points(difference) });
}

const signedPoints = (difference: number) =>
	Math.round(difference * 1000) === 0
		? points(0)
		: `${difference > 0 ? '+' : '−'}${points(difference)}`;

/**
 * What the reader should notice once every size is measured: where fine-tuning pays, where the gap
 * closes. Null while runs are missing.
 */
export function notice(rows: readonly SizeRow[]): string | null {
	const done = rows.filter((row) => row.fine !== null && row.scratch !== null);
	if (done.length === 0 || done.length < rows.length) return null;
	const gap = (row: SizeRow) => (row.fine ?? 0) - (row.scratch ?? 0);
	const first = done[0];
	const last = done[done.length - 1];
	const widest = done.reduce((best, row) => (gap(row) > gap(best) ? row : best));
	const level = done.filter((row) => Math.abs(gap(row)) < LEVEL).map((row) => row.perClass);
	const levelWords =
		level.length === 0
			? m.finetune_never_level()
			: m.finetune_level_at({ sizes: listed(level.map(String)) });
	return (
		m.finetune_notice({
			first: first.perClass,
			firstStanding: standing(first),
			last: last.perClass,
			lastStanding: standing(last)
		}) +
		(gap(widest) > 0
			? m.finetune_widest({ size: widest.perClass, points: points(gap(widest)) })
			: m.finetune_never_leads()) +
		levelWords
	);
}

/** The accuracies of one row as the figure's table and description print them. */
export function rowWords(row: SizeRow): string {
	const show = (value: number | null) =>
		value === null ? m.finetune_not_measured() : percent(value);
	return m.finetune_row({ size: row.perClass, fine: show(row.fine), scratch: show(row.scratch) });
}
