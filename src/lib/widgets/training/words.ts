/**
 * What lesson 12's figures say about the network in words: its training so far, a loaded network,
 * and what it answers for a digit. Plain functions of the session's numbers, so that the training and
 * probing figures describe the same network the same way (and Node tests read them).
 */
import type { ProgressPoint } from '$lib/engine/lessons/trainingRun';
import type { RunState } from '$lib/workers/protocol';
import { fixed, grouped, percent } from '$lib/figure/format';

/** No number yet (before the first batch, or not measured): a dash, not "NaN". */
function known(value: number | null | undefined): value is number {
	return value !== null && value !== undefined && Number.isFinite(value);
}

/** A loss with 3 decimals, or "–". */
export function lossText(value: number | null | undefined): string {
	return known(value) ? fixed(value, 3) : '–';
}

/** An accuracy as "97.1 %", or "–". */
export function accuracyText(value: number | null | undefined): string {
	return known(value) ? percent(value) : '–';
}

/** The numbers of the network the figures describe (the shared training session's fields). */
export interface NetworkFacts {
	examples: number;
	testAccuracy: number | null;
	loaded: { examples: number | null; accuracy: number | null } | null;
}

/**
 * One sentence on how trained the network is, for the probing figure:
 * "The network has seen 1,500 training examples and scores 91.2 % on the test digits."
 */
export function trainedWords(network: NetworkFacts): string {
	const seen = network.examples;
	const score =
		network.testAccuracy !== null
			? ` and scores ${percent(network.testAccuracy)} on the test digits`
			: '';
	if (network.loaded)
		return seen > 0
			? `The network is the one loaded: it had seen ${grouped(seen)} training examples${score}.`
			: `The network is the one loaded (its file does not say how many examples it had seen)${score}.`;
	return seen > 0
		? `The network has seen ${grouped(seen)} training examples${score}.`
		: 'The network has not been trained yet, so its answers are guesses.';
}

const STATE_WORDS: Record<RunState, string> = {
	idle: 'Not training',
	loading: 'Downloading the digits',
	training: 'Training',
	paused: 'Paused',
	diverged: 'Stopped: the run diverged',
	error: 'Error'
};

export interface TrainingFacts extends NetworkFacts {
	state: RunState;
	seconds: number;
	learningRate: number;
	batchSize: number;
	optimiser: 'adam' | 'sgd';
	seed: number;
}

/**
 * The training figure's description: its state, its progress (up to the `last` point measured) or
 * the loaded network, its settings.
 */
export function trainingDescription(run: TrainingFacts, last: ProgressPoint | undefined): string {
	const { loaded } = run;
	let progress: string;
	if (loaded)
		progress = `A loaded network: ${run.examples > 0 ? `${grouped(run.examples)} examples seen` : 'examples seen not recorded in its file'}, test accuracy ${loaded.accuracy === null ? 'being measured' : accuracyText(loaded.accuracy)} on the held-out digits. `;
	else if (run.examples > 0)
		progress =
			`${grouped(run.examples)} examples seen (${(last?.epoch ?? 0).toFixed(2)} epochs) in ${run.seconds.toFixed(0)} s of training; ` +
			`training loss ${lossText(last?.trainLoss)}, training accuracy ${accuracyText(last?.trainAccuracy)}, ` +
			`test accuracy ${accuracyText(run.testAccuracy)} on the held-out digits. `;
	else progress = 'No example seen yet. ';
	const optimiser = run.optimiser === 'adam' ? 'Adam' : 'SGD with momentum';
	return (
		`${STATE_WORDS[run.state]}. ${progress}` +
		`Learning rate ${run.learningRate}, batch size ${run.batchSize}, ${optimiser}, seed ${run.seed}.`
	);
}
