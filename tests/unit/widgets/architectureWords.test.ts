/**
 * The architecture figures word the engine's layer descriptions in the page's language: in English
 * exactly as the engine's own labels and sources (which the lessons and tests were written against),
 * in French with the same facts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
	analyseArchitecture,
	ARCHITECTURES,
	flattenReport,
	GOOGLENET,
	LENET5,
	ZFNET
} from '../../../src/lib/engine/architectures';
import { baseLocale, overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import { countSource } from '../../../src/lib/widgets/architectures/architectureTable';
import {
	layerDetail,
	layerLabel,
	sourceText
} from '../../../src/lib/widgets/architectures/architectureWords';

afterEach(() => overwriteGetLocale(() => baseLocale));

describe('in English, the figures say what the engine says', () => {
	it.each(ARCHITECTURES.map((a) => [a.name, a] as const))(
		'%s: every layer and block, and the source',
		(_name, architecture) => {
			const layers = flattenReport(analyseArchitecture(architecture).layers);
			expect(layers.map(layerLabel)).toEqual(layers.map((layer) => layer.label));
			expect(sourceText(architecture)).toBe(architecture.source);
		}
	);

	it("LeNet-5's boxes leave out what changes nothing: stride 1, padding 0", () => {
		const [conv1, , pool1, conv2] = analyseArchitecture(LENET5).layers;
		expect([conv1, pool1, conv2].map(layerDetail)).toEqual([
			'5×5, 6 filters, padding 2',
			'2×2, stride 2',
			'5×5, 16 filters'
		]);
	});
});

describe('in French', () => {
	it('layers, boxes and counts in French words and numbers', () => {
		overwriteGetLocale(() => 'fr');
		const [conv1, , pool1] = analyseArchitecture(LENET5).layers;
		expect(layerLabel(conv1)).toBe('conv. 5×5, 6 filtres, pas de 1, marge de 2');
		expect(layerDetail(pool1)).toBe('2×2, pas de 2');
		expect(sourceText(ZFNET)).toMatch(/^Zeiler et Fergus, «\u00a0Visualizing/);
		expect(countSource(GOOGLENET)).toBe(
			"le compte de torchvision.models.googlenet (aux_logits=False)\u00a0; l'article en annonce environ 6,8 millions dans son tableau 1"
		);
	});
});
