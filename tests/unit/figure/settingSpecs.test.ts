import { describe, expect, test } from 'vitest';
import { m } from '../../../src/lib/paraglide/messages';
import { checkSettings } from '../../../src/lib/figure/settings';
import {
	choice,
	gridCell,
	kernelSize,
	padding,
	seed,
	windowStep
} from '../../../src/lib/figure/settingSpecs';
import { defineWidget } from '../../../src/lib/figure/widget';

describe('the setting constructors', () => {
	test('kernelSize(7, 3) is a whole number from 1 to 7, 3 to start with, labelled Kernel size', () => {
		expect(kernelSize(7, 3)).toEqual({
			kind: 'int',
			label: m.widget_setting_kernel_size,
			min: 1,
			max: 7,
			default: 3
		});
	});
	test('padding starts at 0; a window step at 1; seed() is 1 to 9999', () => {
		expect([padding(3, 0).min, windowStep(400).min, windowStep(400).default]).toEqual([0, 1, 1]);
		expect(seed()).toMatchObject({ label: m.widget_setting_seed, min: 1, max: 9999, default: 1 });
	});
	test('gridCell(16, 16, 6, 5) is a row and a column setting', () => {
		const cell = gridCell(16, 16, 6, 5);
		expect(Object.keys(cell)).toEqual(['row', 'column']);
		expect(cell.column).toMatchObject({ label: m.widget_setting_column, max: 16, default: 5 });
	});
	test('a lesson setting is checked against them as strictly as a URL value', () => {
		const schema = { kernel: kernelSize(5, 3), mode: choice(() => 'Mode', ['max', 'mean'], 'max') };
		expect(checkSettings(schema, { kernel: 6, mode: 'sum' }).problems).toEqual([
			'Kernel size: 6 is outside 1 to 5.',
			'Mode: "sum" is not one of max, mean.'
		]);
	});
});

describe('defineWidget', () => {
	test('a figure with nothing to set has an empty schema', () => {
		const widget = defineWidget({
			name: 'no-settings',
			title: () => 'No settings',
			lesson: '12-train-lenet',
			load: () => Promise.reject(new Error('not loaded in this test'))
		});
		expect(widget.schema).toEqual({});
		expect(checkSettings(widget.schema, { stride: 2 }).problems).toHaveLength(1);
	});
});
