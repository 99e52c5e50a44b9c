/**
 * What the stages of the backprop figure (lesson 11) are made of: their types, the grids they show
 * and the panels several stages share. Every number is the engine's (src/lib/engine/lessons/tinyCnn.ts).
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

/** Numbers as a list in a sentence: "0.12, −0.40". */
export const list = (values: ArrayLike<number>) => Array.from(values, (v) => fmt(v)).join(', ');

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
		className: TINY_CLASSES[example.label],
		p: forward.loss.probabilities.data,
		s: forward.scores.data,
		winners: Array.from(forward.winners, (i) => ({ row: Math.floor(i / 4), column: i % 4 })),
		input: grid(
			'Input x (6 × 6)',
			`The input, 6 by 6: a ${example.name}`,
			[6, 6],
			forward.input.data,
			{
				testid: 'input'
			}
		),
		kernel: grid('Kernel K (3 × 3)', 'The kernel, 3 by 3', [3, 3], params.kernel.data, {
			testid: 'kernel'
		}),
		z: grid('z', 'The convolution output z', [4, 4], forward.conv.data),
		gradConv: grid(
			'∂L/∂z',
			'The gradient of the convolution output',
			[4, 4],
			results.backward.gradConv.data
		),
		gradPooled: grid(
			'∂L/∂pooled',
			'The gradient of the pooled values',
			[2, 2],
			results.backward.gradPooled.data
		)
	};
}
