import { describe, expect, test } from 'vitest';
import { emphasised } from '../../../src/lib/figure/emphasis';

describe('emphasised', () => {
	const sentence = (inputs: { count: string; total: string }) =>
		`${inputs.count} of ${inputs.total} cells`;
	test('a bold parameter is cut out where the message puts it', () => {
		expect(emphasised(sentence, { count: '3', total: '9' }, ['count'])).toEqual([
			{ text: '3', strong: true },
			{ text: ' of 9 cells', strong: false }
		]);
	});
	test('two bold parameters, in the order the language puts them', () => {
		const french = (inputs: { count: string; total: string }) =>
			`sur ${inputs.total}, ${inputs.count} cases`;
		expect(emphasised(french, { count: '3', total: '9' }, ['count', 'total'])).toEqual([
			{ text: 'sur ', strong: false },
			{ text: '9', strong: true },
			{ text: ', ', strong: false },
			{ text: '3', strong: true },
			{ text: ' cases', strong: false }
		]);
	});
	test('with no bold parameter the message is one plain part', () => {
		expect(emphasised(sentence, { count: '3', total: '9' }, [])).toEqual([
			{ text: '3 of 9 cells', strong: false }
		]);
	});
});
