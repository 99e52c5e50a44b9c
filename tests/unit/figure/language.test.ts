import { describe, expect, it } from 'vitest';
import {
	LANGUAGE_KEY,
	OFFER_KEY,
	prefersFrench,
	shouldOfferFrench,
	twinLocation
} from '../../../src/lib/figure/language';

describe('prefersFrench: the first of English and French in the browser list decides', () => {
	it.each([
		[['fr-FR', 'en'], true],
		[['fr'], true],
		[['de-DE', 'FR-ca', 'en'], true],
		[['en-GB', 'fr'], false],
		[['de', 'es'], false],
		[[], false]
	])('%j -> %s', (languages, expected) => {
		expect(prefersFrench(languages)).toBe(expected);
	});
});

describe('shouldOfferFrench', () => {
	const none = () => null;
	it('offers the French page on an English page to a reader who prefers French', () => {
		expect(shouldOfferFrench('en', ['fr-FR'], none)).toBe(true);
	});
	it('never on a French page, nor to a reader who prefers English', () => {
		expect(shouldOfferFrench('fr', ['fr-FR'], none)).toBe(false);
		expect(shouldOfferFrench('en', ['en-US', 'fr'], none)).toBe(false);
	});
	it('not again once offered, nor once a language was chosen with the switch', () => {
		expect(shouldOfferFrench('en', ['fr'], (key) => (key === OFFER_KEY ? 'shown' : null))).toBe(
			false
		);
		expect(shouldOfferFrench('en', ['fr'], (key) => (key === LANGUAGE_KEY ? 'en' : null))).toBe(
			false
		);
	});
});

describe('twinLocation keeps the settings and the section', () => {
	it('translates a section id the page maps, keeps the query', () => {
		expect(twinLocation('/fr/lessons/03-x', '?a=1', '#one', { one: 'une' })).toBe(
			'/fr/lessons/03-x?a=1#une'
		);
	});
	it('keeps a hash it has no twin for, and no hash at all', () => {
		expect(twinLocation('/widgets/w', '?k=5', '#main', { one: 'une' })).toBe('/widgets/w?k=5#main');
		expect(twinLocation('/fr', '', '')).toBe('/fr');
	});
	it('reads an encoded id', () => {
		expect(twinLocation('/x', '', '#%C3%A9t%C3%A9', { été: 'summer' })).toBe('/x#summer');
	});
});
