/**
 * How the figures write numbers, in one place: widgets, charts and the training worker all print
 * through these functions, so the same value reads the same everywhere, in the page's language.
 *
 * English is written by the arithmetic below, with no `toLocaleString` or `Intl.NumberFormat`: the
 * first locale-aware call makes the browser load its number-formatting data, about 45 ms on the main
 * thread, which would land in the middle of a figure waking up (or of a training run), and the rules
 * below give the same text for the numbers we show.
 *
 * French (decimal comma, a narrow no-break space between thousands) is written by `Intl.NumberFormat`:
 * one formatter per set of options, made the first time a French page needs it and then kept, so a
 * page pays that cost once, and only in French. Rounding is always done first by `toFixed` (the same
 * in both languages), and the formatter only writes the rounded value.
 */
import { getLocale, type Locale } from '$lib/paraglide/runtime';

const MINUS = '−';

/**
 * The page's language. In the browser it cannot change without a new page (the language switch
 * reloads), so it is read once; on the server, where English and French pages are prerendered in
 * turn, it is read at every call.
 */
let browserLocale: Locale | null = null;
function locale(): Locale {
	if (typeof window === 'undefined') return getLocale();
	browserLocale ??= getLocale();
	return browserLocale;
}

const formats = new Map<string, Intl.NumberFormat>();

/** The French formatter for `digits` decimals (at most `digits` when `trim`), made once and kept. */
function french(digits: number, { trim = false, grouping = false } = {}): Intl.NumberFormat {
	const key = `${digits} ${trim} ${grouping}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.NumberFormat('fr', {
			minimumFractionDigits: trim ? 0 : digits,
			maximumFractionDigits: digits,
			useGrouping: grouping
		});
		formats.set(key, format);
	}
	return format;
}

/** The size of a value rounded to `digits` decimals, written without a sign in the page's language. */
function unsigned(value: number, digits: number): string {
	const text = Math.abs(value).toFixed(digits);
	return locale() === 'fr' ? french(digits).format(Number(text)) : text;
}

/**
 * A value with a fixed number of decimals and a true minus sign; a value that rounds to zero reads
 * 0.00, never −0.00. `fixed(-0.031)` is "−0.03" ("−0,03" in French), `fixed(1.8, 1)` is "1.8".
 */
export function fixed(value: number, digits = 2): string {
	if (!Number.isFinite(value)) return String(value);
	const negative = value < 0 && Number(Math.abs(value).toFixed(digits)) !== 0;
	return (negative ? MINUS : '') + unsigned(value, digits);
}

/**
 * `fixed` without the zero before the decimal point, for numbers packed into small cells:
 * `compact(-0.23)` is "−.23" ("−,23" in French), `compact(0.05)` ".05", `compact(1.25)` "1.25", 0 is "0".
 */
export function compact(value: number, digits = 2): string {
	if (Number(Math.abs(value).toFixed(digits)) === 0) return '0';
	return fixed(value, digits).replace(/^(−?)0(?=[.,])/, '$1');
}

/** A value with an explicit sign: `signed(0.123)` is "+0.12", `signed(-0.4)` is "−0.40", 0 is "0.00". */
export function signed(value: number, digits = 2): string {
	const text = fixed(value, digits);
	return value > 0 && Number(Math.abs(value).toFixed(digits)) !== 0 ? `+${text}` : text;
}

/**
 * A number as JavaScript writes it at its shortest, with a true minus sign and the page's decimal
 * separator: `plain(-0.5)` is "−0.5" ("−0,5" in French), `plain(12)` "12". For axis ticks and values
 * already rounded by the engine or the figure.
 */
export function plain(value: number): string {
	const text = String(value).replace('-', MINUS);
	return locale() === 'fr' ? text.replace('.', ',') : text;
}

/**
 * Whole numbers as they are, others with at most `digits` decimals, trailing zeros dropped:
 * `trimmed(2)` is "2", `trimmed(0.125)` "0.13" ("0,13" in French), `trimmed(-0.5)` "-0.5". It keeps
 * the ASCII minus that lessons 05 and 06 write next to JavaScript-printed whole numbers, so both
 * read alike.
 */
export function trimmed(value: number, digits = 2): string {
	if (Number.isInteger(value)) return String(value);
	const text = value.toFixed(digits).replace(/\.?0+$/, '');
	if (text === '-0' || text === '0') return '0';
	if (locale() !== 'fr') return text;
	const rounded = Number(text);
	return (rounded < 0 ? '-' : '') + french(digits, { trim: true }).format(Math.abs(rounded));
}

/**
 * A fraction as a percentage with a space before the sign: `percent(0.1234)` is "12.3 %"
 * ("12,3 %" in French, with a no-break space).
 */
export function percent(fraction: number, digits = 1): string {
	const hundredths = fraction * 100;
	if (locale() !== 'fr') return `${hundredths.toFixed(digits)} %`;
	return `${hundredths < 0 && Number(Math.abs(hundredths).toFixed(digits)) !== 0 ? '-' : ''}${unsigned(hundredths, digits)}\u00a0%`;
}

/**
 * Whole numbers with thousands separators: `grouped(61706)` is "61,706" ("61 706" in French, with a
 * narrow no-break space), `grouped(-1234)` "−1,234".
 */
export function grouped(value: number): string {
	if (!Number.isFinite(value)) return String(value);
	const rounded = Math.round(value);
	const digits =
		locale() === 'fr'
			? french(0, { grouping: true }).format(Math.abs(rounded))
			: String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return rounded < 0 ? MINUS + digits : digits;
}

/**
 * Numbers already written by the functions above, as a list: `numberList(['0.5', '1.2'])` is
 * "0.5, 1.2"; French separates them with semicolons ("0,5 ; 1,2"), as its decimal comma would
 * otherwise read as the list's own.
 */
export function numberList(values: readonly string[]): string {
	return values.join(locale() === 'fr' ? '\u00a0; ' : ', ');
}

/** A message that says a count with its noun; it receives the count already written (`grouped`). */
export type CountMessage = (inputs: { count: string }) => string;

/**
 * A count with its noun, in the page's language: `counted(3, m.figure_cells_one, m.figure_cells_other)`
 * is "3 cells" ("3 cellules"). English says "1 cell", "0 cells"; French says "0 cellule", "1 cellule"
 * (CLDR's rules for whole numbers: English `one` is 1 alone, French `one` is 0 and 1), so the rule
 * is written here rather than loaded with `Intl.PluralRules` and its data.
 */
export function counted(count: number, one: CountMessage, other: CountMessage): string {
	const single = locale() === 'fr' ? count === 0 || count === 1 : count === 1;
	return (single ? one : other)({ count: grouped(count) });
}

/**
 * @deprecated English only: use `counted` with two messages. Kept while the French edition moves
 * the rooms still calling it (playground, learning) to messages.
 * A count and its noun: `plural(1, 'cell')` is "1 cell", `plural(3, 'cell')` "3 cells".
 */
export function plural(count: number, word: string, many = `${word}s`): string {
	return `${count} ${count === 1 ? word : many}`;
}

/**
 * A formula written with the numbers above, ready for KaTeX in the page's language: in French a
 * decimal comma must not be read as punctuation (`0,5` would get a space after the comma, so it
 * becomes `0{,}5`), and the narrow space between thousands becomes TeX's thin space `\,`.
 * `texNumbers('x = 0,5')` is "x = 0{,}5" on a French page.
 */
export function texNumbers(tex: string): string {
	if (locale() !== 'fr') return tex;
	return tex.replace(/(\d),(?=\d)/g, '$1{,}').replace(/\u202f/g, '\\,');
}
