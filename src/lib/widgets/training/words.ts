/**
 * What lesson 12's figures say about the network in words: its training so far, a loaded network,
 * and what it answers for a digit. Plain functions of the session's numbers, so that the training and
 * probing figures describe the same network the same way (and Node tests read them).
 */
import type { ProgressPoint } from '$lib/engine/lessons/trainingRun';
import type { RunState } from '$lib/workers/protocol';
import type { ModelProblem } from '$lib/engine/serialize';
import { fixed, grouped, percent, plain } from '$lib/figure/format';
import { m } from '$lib/paraglide/messages';

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

/** An optimiser as the reader knows it: "Adam", "SGD with momentum". */
export function optimiserName(optimiser: 'adam' | 'sgd'): string {
	return optimiser === 'adam' ? 'Adam' : m.training_sgd_momentum();
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
			? m.training_trained_score({ accuracy: percent(network.testAccuracy) })
			: '';
	if (network.loaded)
		return seen > 0
			? m.training_trained_loaded({ examples: grouped(seen), score })
			: m.training_trained_loaded_unknown({ score });
	return seen > 0
		? m.training_trained_seen({ examples: grouped(seen), score })
		: m.training_trained_none();
}

const STATE_WORDS: Record<RunState, () => string> = {
	idle: m.training_state_idle,
	loading: m.training_state_loading,
	training: m.training_state_training,
	paused: m.training_state_paused,
	diverged: m.training_state_diverged,
	error: m.training_state_error
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
		progress = m.training_description_loaded({
			examples:
				run.examples > 0
					? m.training_examples_count({ count: grouped(run.examples) })
					: m.training_examples_unrecorded(),
			accuracy:
				loaded.accuracy === null ? m.training_being_measured() : accuracyText(loaded.accuracy)
		});
	else if (run.examples > 0)
		progress = m.training_description_progress({
			examples: grouped(run.examples),
			epochs: fixed(last?.epoch ?? 0, 2),
			seconds: grouped(run.seconds),
			loss: lossText(last?.trainLoss),
			trainAccuracy: accuracyText(last?.trainAccuracy),
			testAccuracy: accuracyText(run.testAccuracy)
		});
	else progress = m.training_description_nothing();
	return m.training_description({
		state: STATE_WORDS[run.state](),
		progress,
		rate: plain(run.learningRate),
		batch: run.batchSize,
		optimiser: optimiserName(run.optimiser),
		seed: run.seed
	});
}

/**
 * Why a model file was refused, from the engine's facts; `fallback` (the error's own text) only
 * when there are none, which only an unexpected failure gives.
 */
export function modelProblemText(problem: ModelProblem | undefined, fallback: string): string {
	switch (problem?.code) {
		case undefined:
			return fallback;
		case 'not-json':
			return m.training_model_not_json();
		case 'not-an-object':
			return m.training_model_not_object();
		case 'other-format':
			return m.training_model_other_format({ format: problem.format });
		case 'other-version':
			return m.training_model_other_version({ version: problem.version, reads: problem.reads });
		case 'not-finite':
			return m.training_model_not_finite();
		case 'wrong-input':
			return m.training_model_wrong_input({ shape: problem.shape.join(' × ') });
		case 'wrong-classes':
			return m.training_model_wrong_classes({
				classes: problem.classes,
				expected: problem.expected
			});
		case 'damaged':
			return m.training_model_damaged();
	}
}
