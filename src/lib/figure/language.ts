/**
 * The reader's language choices, kept in this browser: the language picked with the switch, and
 * whether the offer to read in French has been made. Read by the switch and the offer, nothing else.
 */

/** Written by the language switch ('en' or 'fr') whenever the reader follows it. */
export const LANGUAGE_KEY = 'convolutif:language';
/** Written when the offer to read in French has been shown, so that it is made once only. */
export const OFFER_KEY = 'convolutif:french-offer';

/**
 * Whether a browser's preferred languages put French before English: the first of them that is
 * either one decides (a reader with `de, fr, en` prefers French here; `en-GB, fr` does not).
 * `prefersFrench(['fr-CA', 'en']) === true`
 */
export function prefersFrench(languages: readonly string[]): boolean {
	for (const language of languages) {
		const primary = language.toLowerCase().split('-')[0];
		if (primary === 'fr') return true;
		if (primary === 'en') return false;
	}
	return false;
}

/**
 * Whether to offer the French page: on an English page, to a reader whose browser prefers French,
 * who has neither chosen a language with the switch nor been offered it before.
 * `shouldOfferFrench('en', ['fr-FR'], () => null) === true`
 */
export function shouldOfferFrench(
	pageLanguage: string,
	languages: readonly string[],
	stored: (key: string) => string | null
): boolean {
	if (pageLanguage !== 'en' || !prefersFrench(languages)) return false;
	return stored(LANGUAGE_KEY) === null && stored(OFFER_KEY) === null;
}

/** Remembers a value in this browser; private browsing without storage only forgets it. */
export function remember(key: string, value: string): void {
	try {
		localStorage.setItem(key, value);
	} catch {
		// No storage (private browsing, a full quota): the page works, the choice is just not kept.
	}
}

/** Reads a remembered value, or null when there is none or no storage. */
export function recall(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

/**
 * Where the other language's page takes the reader: its path, then the same settings (the ?query of
 * a standalone figure) and the same section, its id translated through `twins` when the page has
 * them (a lesson's section ids differ between languages).
 * `twinLocation('/fr/lessons/03-x', '', '#one', { one: 'une' }) === '/fr/lessons/03-x#une'`
 */
export function twinLocation(
	path: string,
	search: string,
	hash: string,
	twins: Record<string, string> = {}
): string {
	const id = decodeURIComponent(hash.slice(1));
	const twin = id && twins[id] !== undefined ? `#${encodeURIComponent(twins[id])}` : hash;
	return path + search + twin;
}
