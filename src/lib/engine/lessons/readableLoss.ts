// A loss written for the reader of a divergence message (kept apart from the training run).
// English words: when the French edition comes, this belongs with the figures' number formats.

/**
 * A large loss in words a reader can take in, never in e-notation: "80.6 billion", "12,345".
 * `readableLoss(80569417880) === '80.6 billion'`
 */
export function readableLoss(loss: number): string {
	if (!Number.isFinite(loss)) return 'infinity';
	const words: [number, string][] = [
		[1e12, 'trillion'],
		[1e9, 'billion'],
		[1e6, 'million']
	];
	for (const [unit, word] of words) {
		// Past a million trillion the count itself is grouped: "2,500,000 trillion".
		if (loss >= unit) return `${groupDigits((loss / unit).toFixed(1))} ${word}`;
	}
	return groupDigits(loss.toFixed(loss < 100 ? 1 : 0));
}

/** Thousands separators in the whole part of a number written in plain digits. */
function groupDigits(text: string): string {
	const [whole, fraction] = text.split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return fraction === undefined || fraction === '0' ? grouped : `${grouped}.${fraction}`;
}
