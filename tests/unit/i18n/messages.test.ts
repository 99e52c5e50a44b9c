/**
 * Every message exists in both languages, with the same parameters, in every message file the
 * inlang project lists; and no French message is left as its English one, except the few that are
 * the same on purpose (names and symbols).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const settings = JSON.parse(readFileSync(join(root, 'project.inlang/settings.json'), 'utf8')) as {
	locales: string[];
	'plugin.inlang.messageFormat': { pathPattern: string[] };
};

/** Keys whose French is the English on purpose: names of functions and networks, symbols. */
const SAME_ON_PURPOSE = new Set([
	'widget_setting_architecture',
	'widget_setting_relu',
	'widget_setting_elu',
	'widget_setting_softplus',
	'widget_setting_tanh',
	'widget_setting_pooling',
	'figure_pause',
	'figure_position',
	'image_png',
	'relu_map_pixel',
	'pooling_choice_max',
	'pooling_place',
	'pooling_max_value',
	'convolution_channel_title',
	'convolution_filter_sobel',
	'architectures_millions_one',
	'architectures_stage_image',
	'architectures_stage_convolution',
	'architectures_stage_relu',
	'architectures_part_classification',
	'architectures_total',
	'finetune_points_one',
	'finetune_points_other',
	'convolution_cost_convolution',
	'architectures_label_dropout',
	'softmax_head_score',
	'learning_million_one',
	'playground_kind_conv',
	'playground_kind_dense'
]);

function read(pattern: string, locale: string): Record<string, string> {
	const path = join(root, pattern.replace('{locale}', locale));
	const { $schema: _schema, ...messages } = JSON.parse(readFileSync(path, 'utf8')) as Record<
		string,
		unknown
	>;
	for (const [key, value] of Object.entries(messages)) {
		if (typeof value !== 'string') throw new Error(`${path}: ${key} is not a plain message`);
	}
	return messages as Record<string, string>;
}

const parameters = (message: string) =>
	[...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe.each(settings['plugin.inlang.messageFormat'].pathPattern)('%s', (pattern) => {
	const english = read(pattern, 'en');
	const french = read(pattern, 'fr');

	test('has the same keys in English and French', () => {
		expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
	});
	test('gives each message the same parameters in both languages', () => {
		for (const key of Object.keys(english)) {
			expect(parameters(french[key] ?? ''), key).toEqual(parameters(english[key]));
		}
	});
	test('writes every French message in French, except the names listed as the same', () => {
		const same = Object.keys(english).filter(
			(key) => french[key] === english[key] && !SAME_ON_PURPOSE.has(key)
		);
		expect(same).toEqual([]);
	});
});

test('every message file is in the project for both languages', () => {
	expect(settings.locales).toEqual(['en', 'fr']);
});
