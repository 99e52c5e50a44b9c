/**
 * The settings a widget declares (settings.ts), one short call each. `int`, `number`, `choice` and
 * `bool` make any setting from its label; the settings that recur across the course (input size,
 * kernel size, stride, padding, dilation, seed, window, a grid's cell) have their own constructors,
 * so that each one's label and fixed bounds are said here once and a widget gives only its own
 * bounds and default, in the order min, max, default.
 * `schema: { kernel: kernelSize(7, 3), stride: stride(4, 1) }`: a kernel of 1 to 7, 3 to start with.
 */
import { m } from '$lib/paraglide/messages';
import type { Message } from './settings';

/** A whole-number setting from `min` to `max`: `int(m.widget_setting_row, 1, 16, 6)`. */
export const int = (label: Message, min: number, max: number, value: number) =>
	({ kind: 'int', label, min, max, default: value }) as const;

/** A setting any number from `min` to `max` may take: `number(m.widget_setting_threshold, 0.05, 0.99, 0.7)`. */
export const number = (label: Message, min: number, max: number, value: number) =>
	({ kind: 'number', label, min, max, default: value }) as const;

/** One of a list of texts: `choice(m.widget_setting_pooling, ['max', 'mean', 'sum'], 'max')`. */
export const choice = <const V extends string>(
	label: Message,
	values: readonly V[],
	value: NoInfer<V>
) => ({ kind: 'choice', label, values, default: value }) as const;

/** On or off, off unless said: `bool(m.widget_setting_show_the_values)`. */
export const bool = (label: Message, value = false) =>
	({ kind: 'bool', label, default: value }) as const;

/** The side of a square input, in pixels: `inputSize(2, 8, 5)`. */
export const inputSize = (min: number, max: number, value: number) =>
	int(m.widget_setting_input_size, min, max, value);

/** The side of a square kernel, from 1: `kernelSize(5, 3)`. */
export const kernelSize = (max: number, value: number) =>
	int(m.widget_setting_kernel_size, 1, max, value);

/** How far the window moves at each step, from 1: `stride(4, 1)`. */
export const stride = (max: number, value: number) => int(m.widget_setting_stride, 1, max, value);

/** Rings of zeros around the input, from 0: `padding(3, 0)`. */
export const padding = (max: number, value: number) => int(m.widget_setting_padding, 0, max, value);

/** The spacing of a kernel's taps, from 1 (side by side): `dilation(4, 2)`. */
export const dilation = (max: number, value: number) =>
	int(m.widget_setting_dilation, 1, max, value);

/** Which window a sliding-window figure shows, numbered from 1, the first to start with: `windowStep(400)`. */
export const windowStep = (max: number) => int(m.widget_setting_window, 1, max, 1);

/** The side of a pooling window, from 2, 2 to start with: `poolWindow(3)`. */
export const poolWindow = (max: number) => int(m.widget_setting_window, 2, max, 2);

/** The seed of a figure's random numbers, from 1: `seed()` goes to 9999 and starts at 1. */
export const seed = (max = 9999, value = 1) => int(m.widget_setting_seed, 1, max, value);

/** The seed of the random numbers a figure shows, labelled "Numbers": `randomNumbers(3)`. */
export const randomNumbers = (value = 1) => int(m.widget_setting_numbers, 1, 9999, value);

/**
 * The selected cell of a `rows` × `columns` grid, numbered from 1: its `row` and `column` settings.
 * `schema: { ...gridCell(16, 16, 6, 5) }` starts on row 6, column 5.
 */
export const gridCell = (rows: number, columns: number, row: number, column: number) => ({
	row: int(m.widget_setting_row, 1, rows, row),
	column: int(m.widget_setting_column, 1, columns, column)
});
