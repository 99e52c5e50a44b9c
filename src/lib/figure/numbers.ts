/**
 * Whole numbers with thousands separators: 61706 reads "61,706".
 *
 * Written out rather than `toLocaleString('en')`: the first locale-aware call makes the browser load
 * its number-formatting data, about 45 ms on the main thread, which would land in the middle of a
 * figure waking up (or of a training run). This is the same text for the whole numbers we show.
 */
export function grouped(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	const rounded = Math.round(value);
	const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return rounded < 0 ? `−${digits}` : digits;
}
