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
