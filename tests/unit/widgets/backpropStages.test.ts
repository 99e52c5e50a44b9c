import { afterEach, describe, expect, test } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import {
	tinyBackward,
	tinyBatch,
	tinyExamples,
	tinyForward,
	tinyInitialParams,
	tinyUpdate
} from '$lib/engine/lessons/tinyCnn';
import {
	buildStages,
	describeStage,
	groupsOf,
	trainingStep,
	windowCells,
	type Cell
} from '$lib/widgets/learning/backpropStages';
import { fixed as fmt } from '$lib/figure/format';

function stagesFor(
	exampleIndex = 0,
	seed = 4,
	rate = '0.5',
	selected: Cell = { row: 0, column: 0 }
) {
	const step = trainingStep(tinyExamples()[exampleIndex], seed, rate);
	const picks: Cell[] = [];
	const stages = buildStages({
		...step,
		selectedWindow: selected,
		onselectWindow: (cell) => picks.push(cell)
	});
	const { forward, backward, updated } = step;
	return { stages, forward, backward, updated, picks };
}

describe('backprop stages of one training step, tiny CNN 6 x 6 input, 3 x 3 kernel', () => {
	test('forward 7, backward 5 + one per kernel window (16), update 1: 29 stages', () => {
		const { stages, backward } = stagesFor();
		expect(backward.kernelTrace.steps).toHaveLength(16);
		expect(stages).toHaveLength(7 + 5 + 16 + 1);
		expect(stages.filter((s) => s.phase === 'forward')).toHaveLength(7);
		expect(stages.filter((s) => s.phase === 'update')).toHaveLength(1);
	});

	test('the groups and their first stages are derived from the list, in order', () => {
		const { stages } = stagesFor();
		const groups = groupsOf(stages);
		expect(groups.map((g) => g.group)).toEqual([
			'Input',
			'Convolution',
			'ReLU',
			'Max pooling',
			'Dense',
			'Softmax',
			'Loss',
			'Score gradient',
			'Dense gradient',
			'Pooling gradient',
			'ReLU gradient',
			'Bias gradient',
			'Kernel gradient',
			'Update'
		]);
		for (const group of groups) {
			expect(stages[group.first].group).toBe(group.group);
			expect(stages[group.first].phase).toBe(group.phase);
			if (group.first > 0) expect(stages[group.first - 1].group).not.toBe(group.group);
		}
		expect(groups.find((g) => g.group === 'Kernel gradient')!.first).toBe(12);
		expect(groups.at(-1)!.first).toBe(stages.length - 1);
	});

	test('each group is contiguous: no group name appears twice', () => {
		const { stages } = stagesFor();
		const names = groupsOf(stages).map((g) => g.group);
		expect(new Set(names).size).toBe(names.length);
	});

	test('the numbers are the engine values, worded with the same format as the page', () => {
		const { stages, forward, backward, updated } = stagesFor();
		const conv = stages[1];
		expect(conv.panels.find((p) => p.testid === 'conv')!.values).toBe(forward.conv.data);
		expect(conv.text).toContain(`gives z = ${fmt(forward.convTrace.steps[0].output)}`);
		const bias = stages.find((s) => s.group === 'Bias gradient')!;
		expect(bias.text).toContain(`∂L/∂b = ${fmt(backward.gradBias.data[0], 3)}`);
		const kernelThird = stages[12 + 2];
		expect(kernelThird.title).toContain('window 3 of 16');
		expect(kernelThird.panels.find((p) => p.testid === 'grad-kernel')!.values).toBe(
			backward.kernelPartials[2]
		);
		const update = stages.at(-1)!;
		expect(update.panels.find((p) => p.testid === 'kernel-after')!.values).toBe(
			updated.kernel.data
		);
	});

	test('the selected window outlines its 9 input cells and picking another reaches the figure', () => {
		const { stages, forward, picks } = stagesFor(0, 4, '0.5', { row: 1, column: 2 });
		const conv = stages[1];
		expect(conv.text).toContain('Selected, row 2, column 3');
		expect(conv.panels[0].highlight).toEqual(windowCells(1, 2));
		const products = forward.convTrace.steps[1 * 4 + 2].cells.map((c) => c.product);
		expect(conv.panels.find((p) => p.testid === 'products')!.values).toEqual(products);
		conv.panels.find((p) => p.testid === 'conv')!.onselect!({ row: 3, column: 3 });
		expect(picks).toEqual([{ row: 3, column: 3 }]);
	});

	test('the description counts stages from 1 to their number', () => {
		const { stages } = stagesFor();
		expect(describeStage(stages, 0)).toMatch(/^Step 1 of 29, forward: /);
		expect(describeStage(stages, 28)).toMatch(/^Step 29 of 29, update: /);
	});
});

describe('the stages in French', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));
	test('the example, the groups and the numbers read in French', () => {
		overwriteGetLocale(() => 'fr');
		const { stages } = stagesFor(3, 4, '0.5');
		expect(stages[0].text).toMatch(
			/^L'exemple est un trait horizontal 2, de classe 1 \(horizontale\)\. .*b = 0,10, .*graine 4\.$/
		);
		expect(groupsOf(stages).map((g) => g.group)).toContain('Gradient du noyau');
		expect(stages.at(-1)!.title).toBe(
			'La mise à jour\u00a0: chaque paramètre se déplace de −0,5 × son gradient'
		);
		expect(describeStage(stages, 0)).toMatch(/^Étape 1 sur 29, propagation avant\u00a0: /);
	});
});

describe('trainingStep (the step the stages show)', () => {
	test('example 2, seed 4, rate 0.5: the engine’s forward, update and forward again', () => {
		const example = tinyExamples()[1];
		const params = tinyInitialParams(4);
		const forward = tinyForward(params, tinyBatch([example]));
		const updated = tinyUpdate(params, tinyBackward(params, forward), 0.5);
		const step = trainingStep(example, 4, '0.5');
		expect(step.forward.loss.loss).toBe(forward.loss.loss);
		expect(step.updated.kernel.data).toEqual(updated.kernel.data);
		expect(step.after.loss.loss).toBe(tinyForward(updated, tinyBatch([example])).loss.loss);
	});
});
