/**
 * The stages of the backprop figure (lesson 11), as data: one training step of the tiny CNN, forward
 * layer by layer (forwardStages.ts), backward gradient by gradient with the kernel gradient window by
 * window, then the update (backwardStages.ts). Every number is the engine's
 * (src/lib/engine/lessons/tinyCnn.ts); these modules only pick and word them. The number of stages
 * and the first stage of each group are derived from the list, so adding a stage cannot leave a
 * count behind.
 */
import {
	tinyBackward,
	tinyBatch,
	tinyForward,
	tinyInitialParams,
	tinyUpdate,
	type TinyExample
} from '$lib/engine/lessons/tinyCnn';
import { backwardStages } from './backwardStages';
import { forwardStages } from './forwardStages';
import { m } from '$lib/paraglide/messages';
import { PHASE_LABEL, type Phase, type Stage, type StepResults } from './stageParts';

export {
	exampleName,
	PHASE_LABEL,
	PHASES,
	windowCells,
	type Cell,
	type Panel,
	type Phase,
	type Stage,
	type StepResults
} from './stageParts';

/**
 * One training step of the tiny CNN on one example, all by the engine: the weights drawn from the
 * seed, the forward pass, its gradients, the weights after the update at `rate`, and the forward
 * pass with them. `trainingStep(example, 1, '0.5').after.loss.loss` is the loss after the step.
 */
export function trainingStep(
	example: TinyExample,
	seed: number,
	rate: string
): Omit<StepResults, 'selectedWindow' | 'onselectWindow'> {
	const params = tinyInitialParams(seed);
	const batch = tinyBatch([example]);
	const forward = tinyForward(params, batch);
	const backward = tinyBackward(params, forward);
	const updated = tinyUpdate(params, backward, Number(rate));
	return {
		example,
		seed,
		rate,
		params,
		forward,
		backward,
		updated,
		after: tinyForward(updated, batch)
	};
}

/**
 * The stages of one training step, in order.
 * `buildStages(results).length === 29` for the 6 x 6 input and 3 x 3 kernel (16 kernel windows).
 */
export function buildStages(results: StepResults): Stage[] {
	return [...forwardStages(results), ...backwardStages(results)];
}

/** The groups of stages, in order, with the phase and the index of the first stage of each. */
export function groupsOf(
	stages: readonly Stage[]
): { group: string; phase: Phase; first: number }[] {
	const groups: { group: string; phase: Phase; first: number }[] = [];
	stages.forEach((stage, index) => {
		if (groups.at(-1)?.group !== stage.group)
			groups.push({ group: stage.group, phase: stage.phase, first: index });
	});
	return groups;
}

/** The figure's description of the stage shown. */
export function describeStage(stages: readonly Stage[], index: number): string {
	const stage = stages[index];
	return m.learning_stage_description({
		index: index + 1,
		count: stages.length,
		phase: PHASE_LABEL[stage.phase]().toLowerCase(),
		title: stage.title,
		text: stage.text
	});
}
