/**
 * What the stages of the backprop figure (lesson 11) are made of: their types, the grids they show
 * and the panels several stages share. Every number is the engine's (src/lib/engine/lessons/tinyCnn.ts).
 */
import type {
	TinyBackward,
	TinyExample,
	TinyForward,
	TinyParams
} from '$lib/engine/lessons/tinyCnn';
import { fixed as fmt, numberList } from '$lib/figure/format';
import { m } from '$lib/paraglide/messages';

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

/** A phase's name, in the page's language: "Forward". */
export const PHASE_LABEL: Record<Phase, () => string> = {
	forward: m.learning_phase_forward,
	backward: m.learning_phase_backward,
	update: m.learning_phase_update
};

/** A toy example as the reader calls it: "vertical stroke 1". */
export function exampleName(example: TinyExample): string {
	const name =
		example.direction === 'vertical' ? m.learning_example_vertical : m.learning_example_horizontal;
	return name({ number: example.number });
}

/** A class of the toy task by its label: "vertical" (0), "horizontal" (1). */
export const className = (label: number): string =>
	label === 0 ? m.learning_class_vertical() : m.learning_class_horizontal();

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

/** Numbers as a list in a sentence: "0.12, −0.40" ("0,12 ; −0,40" in French). */
export const list = (values: ArrayLike<number>, digits = 2) =>
	numberList(Array.from(values, (v) => fmt(v, digits)));

/** A grid panel: `grid('z', 'The convolution output z', [4, 4], z.data, { testid: 'conv' })`. */
export function grid(
	caption: string,
	name: string,
	[rows, columns]: [number, number],
	values: ArrayLike<number>,
	extra: Partial<Panel> = {}
): Panel {
	return { caption, name, rows, columns, values, ...extra };
}

/** What both passes refer to: the example, its probabilities, the pooling winners, shared grids. */
export function stepFacts(results: StepResults) {
	const { example, params, forward } = results;
	return {
		label: example.label,
		className: className(example.label),
		p: forward.loss.probabilities.data,
		s: forward.scores.data,
		winners: Array.from(forward.winners, (i) => ({ row: Math.floor(i / 4), column: i % 4 })),
		input: grid(
			m.learning_input_caption(),
			m.learning_input_name({ example: exampleName(example) }),
			[6, 6],
			forward.input.data,
			{ testid: 'input' }
		),
		kernel: grid(
			m.learning_kernel_caption(),
			m.learning_kernel_name(),
			[3, 3],
			params.kernel.data,
			{
				testid: 'kernel'
			}
		),
		z: grid('z', m.learning_conv_name(), [4, 4], forward.conv.data),
		gradConv: grid('∂L/∂z', m.learning_grad_conv_name(), [4, 4], results.backward.gradConv.data),
		gradPooled: grid(
			m.learning_grad_pooled_caption(),
			m.learning_grad_pooled_name(),
			[2, 2],
			results.backward.gradPooled.data
		)
	};
}
