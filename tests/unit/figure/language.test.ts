import { describe, expect, it } from 'vitest';
import {
	LANGUAGE_KEY,
	OFFER_KEY,
	prefersFrench,
	shouldOfferFrench
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
