/**
 * The convolution cost figure's table: the sizes its drop-downs offer, one row per kind of
 * convolution with the engine's counts (convCost.ts) or the engine's reason it cannot be done, and
 * the ratios to the ordinary convolution. Every count is the engine's; this names and arranges them.
 */
import {
	depthwiseSeparableCost,
	dilatedCost,
	standardCost,
	transposedCost
} from '$lib/engine/lessons/convCost';
import type { ConvCost, ConvCostShape } from '$lib/engine/lessons/convCost';
import { fixed } from '$lib/figure/format';
import { tryShape } from '$lib/figure/shape';
import { m } from '$lib/paraglide/messages';

/** The figure's settings: the shapes, and the dilation of the dilated row. */
export type CostSettings = ConvCostShape & { dilation: number };
type Key = keyof CostSettings;

/** The sizes offered in each drop-down. */
const OPTIONS: Record<Key, number[]> = {
	input: [4, 8, 16, 28, 32, 56, 64, 112, 224],
	inChannels: [1, 3, 8, 16, 32, 64, 128, 256, 512],
	outChannels: [1, 8, 16, 32, 64, 128, 256, 512],
	kernel: [1, 2, 3, 5, 7],
	stride: [1, 2, 3, 4],
	padding: [0, 1, 2, 3],
	dilation: [1, 2, 3, 4]
};

/** The settings in the order of their drop-downs. */
export const COST_KEYS = Object.keys(OPTIONS) as Key[];

/** The sizes a drop-down offers: a value from the URL or the lesson joins its list, in order. */
export function costChoices(key: Key, value: number): number[] {
	const list = OPTIONS[key];
	return list.includes(value) ? list : [...list, value].sort((a, b) => a - b);
}

/** One kind of convolution: its name and note, and its counts or why the engine refused it. */
export interface CostRow {
	name: string;
	note: string;
	cost: ConvCost | null;
	error: string;
}

function attempt(name: string, note: string, compute: () => ConvCost): CostRow {
	const result = tryShape(compute);
	return result.ok
		? { name, note, cost: result.value, error: '' }
		: { name, note, cost: null, error: result.message };
}

/** The four rows, the ordinary convolution first: `costRows({ input: 32, ... })[0].cost.parameters`. */
export function costRows(settings: CostSettings): CostRow[] {
	const { dilation, ...shape } = settings;
	return [
		attempt(m.convolution_cost_standard(), m.convolution_cost_standard_note(), () =>
			standardCost(shape)
		),
		attempt(m.convolution_cost_dilated({ dilation }), m.convolution_cost_dilated_note(), () =>
			dilatedCost({ ...shape, dilation })
		),
		attempt(m.convolution_cost_transposed(), m.convolution_cost_transposed_note(), () =>
			transposedCost(shape)
		),
		attempt(m.convolution_cost_depthwise(), m.convolution_cost_depthwise_note(), () =>
			depthwiseSeparableCost(shape)
		)
	];
}

/** How many times the reference a count is: `costRatio(30, 10)` is '3.00×'; '–' with no reference. */
export function costRatio(value: number, reference: number | undefined): string {
	if (!reference) return '–';
	const r = value / reference;
	return `${fixed(r, r >= 10 ? 0 : r >= 1 ? 2 : 3)}×`;
}
