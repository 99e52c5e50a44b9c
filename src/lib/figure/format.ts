/**
 * How the figures write numbers, in one place: widgets, charts and the training worker all print
 * through these functions, so the same value reads the same everywhere, and a later edition in
 * another language changes its separators here only.
 *
 * No `toLocaleString` or `Intl.NumberFormat`: the first locale-aware call makes the browser load its
 * number-formatting data, about 45 ms on the main thread, which would land in the middle of a figure
 * waking up (or of a training run). The rules below give the same text for the numbers we show.
 */

const MINUS = '−';

/**
 * A value with a fixed number of decimals and a true minus sign; a value that rounds to zero reads
 * 0.00, never −0.00. `fixed(-0.031)` is "−0.03", `fixed(1.8, 1)` is "1.8".
 */
export function fixed(value: number, digits = 2): string {
	if (!Number.isFinite(value)) return String(value);
	const text = Math.abs(value).toFixed(digits);
	return value < 0 && Number(text) !== 0 ? MINUS + text : text;
}

/**
 * `fixed` without the zero before the decimal point, for numbers packed into small cells:
 * `compact(-0.23)` is "−.23", `compact(0.05)` ".05", `compact(1.25)` "1.25", 0 is "0".
 */
export function compact(value: number, digits = 2): string {
	const text = fixed(value, digits);
	return Number(text.replace(MINUS, '-')) === 0 ? '0' : text.replace(/^(−?)0\./, '$1.');
}

/** A value with an explicit sign: `signed(0.123)` is "+0.12", `signed(-0.4)` is "−0.40", 0 is "0.00". */
export function signed(value: number, digits = 2): string {
	const text = fixed(value, digits);
	return value > 0 && Number(Math.abs(value).toFixed(digits)) !== 0 ? `+${text}` : text;
}

/**
 * Whole numbers as they are, others with at most `digits` decimals, trailing zeros dropped:
 * `trimmed(2)` is "2", `trimmed(0.125)` "0.13", `trimmed(-0.5)` "-0.5". It keeps the ASCII minus
 * that lessons 05 and 06 write next to JavaScript-printed whole numbers, so both read alike.
 */
export function trimmed(value: number, digits = 2): string {
	if (Number.isInteger(value)) return String(value);
	const text = value.toFixed(digits).replace(/\.?0+$/, '');
	return text === '-0' ? '0' : text;
}

/** A fraction as a percentage with a space before the sign: `percent(0.1234)` is "12.3 %". */
export function percent(fraction: number, digits = 1): string {
	return `${(fraction * 100).toFixed(digits)} %`;
}

/** Whole numbers with thousands separators: `grouped(61706)` is "61,706", `grouped(-1234)` "−1,234". */
export function grouped(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	const rounded = Math.round(value);
	const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return rounded < 0 ? MINUS + digits : digits;
}

/** A count and its noun: `plural(1, 'cell')` is "1 cell", `plural(3, 'cell')` "3 cells". */
export function plural(count: number, word: string, many = `${word}s`): string {
	return `${count} ${count === 1 ? word : many}`;
}
