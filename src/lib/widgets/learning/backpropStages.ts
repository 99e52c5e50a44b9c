/**
 * The stages of the backprop figure (lesson 11), as data: one training step of the tiny CNN, forward
 * layer by layer, backward gradient by gradient (the kernel gradient window by window), then the
 * update. Every number is the engine's (src/lib/engine/lessons/tinyCnn.ts); this module only picks
 * and words them. The number of stages and the first stage of each group are derived from the list,
 * so adding a stage cannot leave a count behind.
 */
import {
	TINY_CLASSES,
	type TinyBackward,
	type TinyExample,
	type TinyForward,
	type TinyParams
} from '$lib/engine/lessons/tinyCnn';
import { fixed as fmt } from '$lib/figure/format';

export type Phase = 'forward' | 'backward' | 'update';

/** A cell of a grid, counted from 0. */
export interface Cell {
	row: number;
	column: number;
}

/** One grid of numbers shown in a stage. */
export interface Panel {
	caption: string;
	/** Accessible name of the grid. */
	name: string;
	rows: number;
	columns: number;
	values: ArrayLike<number>;
	highlight?: Cell[];
	selected?: Cell | null;
	onselect?: (cell: Cell) => void;
	testid?: string;
}

export interface Stage {
	phase: Phase;
	/** The name of the stage's group, on its button: "Convolution", "Kernel gradient". */
	group: string;
	title: string;
	/** What happens, as a sentence with the numbers. */
	text: string;
	panels: Panel[];
}

export const PHASES: readonly Phase[] = ['forward', 'backward', 'update'];

export const PHASE_LABEL: Record<Phase, string> = {
	forward: 'Forward',
	backward: 'Backward',
	update: 'Update'
};

/** Everything a training step shows: the example, the parameters and the engine's results. */
export interface StepResults {
	example: TinyExample;
	seed: number;
	/** The learning rate as the reader chose it ("0.5"). */
	rate: string;
	params: TinyParams;
	forward: TinyForward;
	backward: TinyBackward;
	updated: TinyParams;
	after: TinyForward;
	/** The output of the convolution whose window is explained. */
	selectedWindow: Cell;
	onselectWindow: (cell: Cell) => void;
}

/** The 3 x 3 cells of the input under the window of output (row, column). */
export function windowCells(outY: number, outX: number): Cell[] {
	const cells: Cell[] = [];
	for (let ky = 0; ky < 3; ky++)
		for (let kx = 0; kx < 3; kx++) cells.push({ row: outY + ky, column: outX + kx });
	return cells;
}

const list = (values: ArrayLike<number>) => Array.from(values, (v) => fmt(v)).join(', ');

/**
 * The stages of one training step, in order.
 * `buildStages(results).length === 29` for the 6 x 6 input and 3 x 3 kernel (16 kernel windows).
 */
export function buildStages(results: StepResults): Stage[] {
	const { example, seed, rate, params, forward, backward, updated, after } = results;
	const { selectedWindow, onselectWindow } = results;
	const x = forward.input.data;
	const label = example.label;
	const className = TINY_CLASSES[label];
	const p = forward.loss.probabilities.data;
	const s = forward.scores.data;
	const winners = Array.from(forward.winners, (i) => ({ row: Math.floor(i / 4), column: i % 4 }));
	const convStep = forward.convTrace.steps[selectedWindow.row * 4 + selectedWindow.column];
	const products = convStep.cells.map((c) => c.product);
	const input: Panel = {
		caption: 'Input x (6 × 6)',
		name: `The input, 6 by 6: a ${example.name}`,
		rows: 6,
		columns: 6,
		values: x,
		testid: 'input'
	};
	const kernel: Panel = {
		caption: 'Kernel K (3 × 3)',
		name: 'The kernel, 3 by 3',
		rows: 3,
		columns: 3,
		values: params.kernel.data,
		testid: 'kernel'
	};
	const stages: Stage[] = [
		{
			phase: 'forward',
			group: 'Input',
			title: 'The input and the 20 numbers the network will learn',
			text: `The example is a ${example.name}, of class ${label} (${className}). The network holds a 3 × 3 kernel K, a bias b = ${fmt(params.bias.data[0])}, a 2 × 4 dense weight W and two dense biases c = (${list(params.denseBias.data)}): 9 + 1 + 8 + 2 = 20 learnable numbers, drawn at random from seed ${seed}.`,
			panels: [
				input,
				kernel,
				{
					caption: 'Dense weights W (2 × 4)',
					name: 'The dense weights, 2 by 4',
					rows: 2,
					columns: 4,
					values: params.weight.data,
					testid: 'dense-weights'
				}
			]
		},
		{
			phase: 'forward',
			group: 'Convolution',
			title: 'Convolution: z = x ∗ K + b',
			text: `Each of the 16 outputs is the sum of 9 products under a window, plus the bias. Selected, row ${selectedWindow.row + 1}, column ${selectedWindow.column + 1}: ${list(products)} add up to ${fmt(convStep.sum)}, plus b = ${fmt(convStep.bias)} gives z = ${fmt(convStep.output)}.`,
			panels: [
				{ ...input, highlight: windowCells(selectedWindow.row, selectedWindow.column) },
				kernel,
				{
					caption: 'Products x · K in the window',
					name: 'The 9 products of the selected window',
					rows: 3,
					columns: 3,
					values: products,
					testid: 'products'
				},
				{
					caption: 'z (4 × 4), pick a cell',
					name: 'The convolution output z, 4 by 4. Use the arrow keys to pick the window to explain.',
					rows: 4,
					columns: 4,
					values: forward.conv.data,
					selected: selectedWindow,
					onselect: onselectWindow,
					testid: 'conv'
				}
			]
		},
		{
			phase: 'forward',
			group: 'ReLU',
			title: 'ReLU: a = max(0, z)',
			text: `Negative values of z become 0, the others pass unchanged. ${Array.from(forward.conv.data).filter((v) => v <= 0).length} of the 16 values are cut to 0.`,
			panels: [
				{
					caption: 'z',
					name: 'The convolution output z',
					rows: 4,
					columns: 4,
					values: forward.conv.data
				},
				{
					caption: 'a = ReLU(z)',
					name: 'The activations a, 4 by 4',
					rows: 4,
					columns: 4,
					values: forward.activated.data,
					testid: 'activated'
				}
			]
		},
		{
			phase: 'forward',
			group: 'Max pooling',
			title: 'Max pooling, 2 × 2: keep the largest of each window',
			text: `The four windows keep ${list(forward.pooled.data)}. The winning cells are outlined: the network remembers where they were, because the gradient will come back through them only.`,
			panels: [
				{
					caption: 'a, winners outlined',
					name: 'The activations, with the four winners outlined',
					rows: 4,
					columns: 4,
					values: forward.activated.data,
					highlight: winners
				},
				{
					caption: 'pooled (2 × 2)',
					name: 'The pooled values, 2 by 2',
					rows: 2,
					columns: 2,
					values: forward.pooled.data,
					testid: 'pooled'
				}
			]
		},
		{
			phase: 'forward',
			group: 'Dense',
			title: 'Flatten, then dense: s = W · pooled + c',
			text: `The 4 pooled values in a row, (${list(forward.flat.data)}), are weighted by each row of W. Score of class 0 (vertical): ${fmt(s[0])}; score of class 1 (horizontal): ${fmt(s[1])}.`,
			panels: [
				{
					caption: 'flattened (1 × 4)',
					name: 'The pooled values in a row',
					rows: 1,
					columns: 4,
					values: forward.flat.data
				},
				{
					caption: 'W (2 × 4)',
					name: 'The dense weights, 2 by 4',
					rows: 2,
					columns: 4,
					values: params.weight.data
				},
				{
					caption: 'scores s',
					name: 'The two scores',
					rows: 1,
					columns: 2,
					values: s,
					testid: 'scores'
				}
			]
		},
		{
			phase: 'forward',
			group: 'Softmax',
			title: 'Softmax: scores become probabilities',
			text: `p = e^s / (e^s₀ + e^s₁): vertical ${fmt(p[0], 3)}, horizontal ${fmt(p[1], 3)}. They add up to 1.`,
			panels: [
				{
					caption: 'scores s',
					name: 'The two scores',
					rows: 1,
					columns: 2,
					values: s
				},
				{
					caption: 'probabilities p',
					name: 'The two probabilities',
					rows: 1,
					columns: 2,
					values: p,
					testid: 'probabilities'
				}
			]
		},
		{
			phase: 'forward',
			group: 'Loss',
			title: 'Cross-entropy loss: L = −ln p(correct class)',
			text: `The correct class is ${label} (${className}), given probability ${fmt(p[label], 3)}, so the loss is L = −ln ${fmt(p[label], 3)} = ${fmt(forward.loss.loss, 3)}. A perfect answer would give 0.`,
			panels: [
				{
					caption: 'probabilities p',
					name: 'The two probabilities',
					rows: 1,
					columns: 2,
					values: p,
					highlight: [{ row: 0, column: label }]
				}
			]
		},
		{
			phase: 'backward',
			group: 'Score gradient',
			title: 'Backward starts at the scores: ∂L/∂s = p − y',
			text: `y is 1 for the correct class and 0 for the other, so ∂L/∂s = (${list(backward.gradScores.data)}): raise the correct score, lower the other.`,
			panels: [
				{
					caption: 'p',
					name: 'The probabilities',
					rows: 1,
					columns: 2,
					values: p
				},
				{
					caption: '∂L/∂s',
					name: 'The gradient of the loss with respect to the scores',
					rows: 1,
					columns: 2,
					values: backward.gradScores.data,
					testid: 'grad-scores'
				}
			]
		},
		{
			phase: 'backward',
			group: 'Dense gradient',
			title: 'Through the dense layer',
			text: `∂L/∂W = ∂L/∂s × pooled (each weight's gradient is its score's gradient times its input); ∂L/∂c = ∂L/∂s = (${list(backward.gradDenseBias.data)}); ∂L/∂pooled = Wᵀ ∂L/∂s = (${list(backward.gradFlat.data)}).`,
			panels: [
				{
					caption: '∂L/∂W (2 × 4)',
					name: 'The gradient of the dense weights',
					rows: 2,
					columns: 4,
					values: backward.gradWeight.data,
					testid: 'grad-dense-weights'
				},
				{
					caption: '∂L/∂pooled (2 × 2)',
					name: 'The gradient of the pooled values',
					rows: 2,
					columns: 2,
					values: backward.gradPooled.data,
					testid: 'grad-pooled'
				}
			]
		},
		{
			phase: 'backward',
			group: 'Pooling gradient',
			title: 'Through max pooling: only the winners get a gradient',
			text: `Each pooled gradient goes back to the cell that won its window; the 12 other cells did not affect the output and get 0. Non-zero: ${list(Array.from(backward.gradActivated.data).filter((v) => v !== 0))}.`,
			panels: [
				{
					caption: '∂L/∂pooled',
					name: 'The gradient of the pooled values',
					rows: 2,
					columns: 2,
					values: backward.gradPooled.data
				},
				{
					caption: '∂L/∂a, winners outlined',
					name: 'The gradient of the activations, non-zero at the winners only',
					rows: 4,
					columns: 4,
					values: backward.gradActivated.data,
					highlight: winners,
					testid: 'grad-activated'
				}
			]
		},
		{
			phase: 'backward',
			group: 'ReLU gradient',
			title: 'Through ReLU: the gradient passes where z > 0',
			text: `Where z was negative, ReLU output a constant 0, so the gradient stops there. ∂L/∂z has ${Array.from(backward.gradConv.data).filter((v) => v !== 0).length} non-zero values.`,
			panels: [
				{
					caption: 'z',
					name: 'The convolution output z',
					rows: 4,
					columns: 4,
					values: forward.conv.data
				},
				{
					caption: '∂L/∂z',
					name: 'The gradient of the convolution output',
					rows: 4,
					columns: 4,
					values: backward.gradConv.data,
					testid: 'grad-conv'
				}
			]
		},
		{
			phase: 'backward',
			group: 'Bias gradient',
			title: 'The bias gradient is a sum',
			text: `The bias b is added to all 16 outputs, so its gradient is the sum of the 16 values of ∂L/∂z: ∂L/∂b = ${fmt(backward.gradBias.data[0], 3)}.`,
			panels: [
				{
					caption: '∂L/∂z',
					name: 'The gradient of the convolution output',
					rows: 4,
					columns: 4,
					values: backward.gradConv.data
				},
				{
					caption: '∂L/∂b',
					name: 'The bias gradient',
					rows: 1,
					columns: 1,
					values: backward.gradBias.data,
					testid: 'grad-bias'
				}
			]
		}
	];
	backward.kernelTrace.steps.forEach((step, k) => {
		const contribution = step.cells.map((c) => c.weightGradient);
		stages.push({
			phase: 'backward',
			group: 'Kernel gradient',
			title: `Kernel gradient, window ${k + 1} of 16: the same sliding window`,
			text:
				`Window at row ${step.outY + 1}, column ${step.outX + 1}: ∂L/∂z there is ${fmt(step.gradOutput, 3)}. ` +
				(step.gradOutput === 0
					? 'It is 0, so this window adds nothing to ∂L/∂K. '
					: `Each input under the window, times ${fmt(step.gradOutput, 3)}, is added to ∂L/∂K. `) +
				`∂L/∂K so far: ${list(backward.kernelPartials[k])}.`,
			panels: [
				{ ...input, highlight: windowCells(step.outY, step.outX) },
				{
					caption: '∂L/∂z',
					name: 'The gradient of the convolution output, current window outlined',
					rows: 4,
					columns: 4,
					values: backward.gradConv.data,
					highlight: [{ row: step.outY, column: step.outX }]
				},
				{
					caption: 'This window adds',
					name: 'What this window adds to the kernel gradient',
					rows: 3,
					columns: 3,
					values: contribution,
					testid: 'kernel-contribution'
				},
				{
					caption: '∂L/∂K so far',
					name: 'The kernel gradient so far',
					rows: 3,
					columns: 3,
					values: backward.kernelPartials[k],
					testid: 'grad-kernel'
				}
			]
		});
	});
	stages.push({
		phase: 'update',
		group: 'Update',
		title: `The update: every parameter moves by −${rate} × its gradient`,
		text: `K ← K − ${rate} ∂L/∂K, and likewise b: ${fmt(params.bias.data[0], 3)} − ${rate} × ${fmt(backward.gradBias.data[0], 3)} = ${fmt(updated.bias.data[0], 3)}, W and c. On the same example the loss goes from ${fmt(forward.loss.loss, 3)} to ${fmt(after.loss.loss, 3)}; the probability of the correct class from ${fmt(p[label], 3)} to ${fmt(after.loss.probabilities.data[label], 3)}.`,
		panels: [
			kernel,
			{
				caption: '∂L/∂K',
				name: 'The kernel gradient',
				rows: 3,
				columns: 3,
				values: backward.gradKernel.data
			},
			{
				caption: `K − ${rate} ∂L/∂K`,
				name: 'The kernel after the update',
				rows: 3,
				columns: 3,
				values: updated.kernel.data,
				testid: 'kernel-after'
			},
			{
				caption: 'W after the update',
				name: 'The dense weights after the update',
				rows: 2,
				columns: 4,
				values: updated.weight.data,
				testid: 'dense-weights-after'
			}
		]
	});
	return stages;
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
	return `Step ${index + 1} of ${stages.length}, ${PHASE_LABEL[stage.phase].toLowerCase()}: ${stage.title}. ${stage.text}`;
}
