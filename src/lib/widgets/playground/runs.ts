/**
 * A finished run of the playground, kept to compare with the next: what it was (the design's link
 * text and seed) and what it gave. The numbers are the training session's and the engine's analysis.
 */
import type { DesignAnalysis } from '$lib/engine/playground';

export interface PinnedRun {
	design: string;
	seed: number;
	accuracy: number;
	parameters: number;
	multiplyAdds: number;
	examples: number;
	seconds: number;
}

/** What pinning reads from a training session. */
export interface RunSource {
	seed: number;
	examples: number;
	seconds: number;
	testAccuracy: number | null;
}

/** The run to pin, or null while it has no test accuracy yet (nothing trained, or not measured). */
export function pinRun(
	session: RunSource,
	analysis: DesignAnalysis,
	designText: string
): PinnedRun | null {
	if (session.testAccuracy === null || session.examples === 0) return null;
	return {
		design: designText,
		seed: session.seed,
		accuracy: session.testAccuracy,
		parameters: analysis.totals.parameters,
		multiplyAdds: analysis.totals.multiplyAdds,
		examples: session.examples,
		seconds: session.seconds
	};
}

/** Whether the session has trained all its examples and measured its test accuracy. */
export function finished(session: RunSource, examples: number): boolean {
	return session.examples >= examples && session.testAccuracy !== null;
}

const sameRun = (a: PinnedRun, b: PinnedRun) =>
	a.design === b.design &&
	a.seed === b.seed &&
	a.examples === b.examples &&
	a.accuracy === b.accuracy;

/** Whether `run` is already among `runs` (the same design, seed, examples and accuracy). */
export function isPinned(runs: readonly PinnedRun[], run: PinnedRun | null): boolean {
	return run !== null && runs.some((other) => sameRun(other, run));
}
