/**
 * Colours for signed values, readable in light and dark themes: orange below zero, blue above, a light
 * neutral grey at zero, more saturated as the value moves away from zero. Drawing only: the values come
 * from the engine.
 */

type RGB = readonly [number, number, number];

const NEGATIVE: RGB = [196, 72, 8];
const ZERO: RGB = [238, 236, 230];
const POSITIVE: RGB = [30, 90, 200];

function mix(a: RGB, b: RGB, t: number): [number, number, number] {
	return [
		Math.round(a[0] + (b[0] - a[0]) * t),
		Math.round(a[1] + (b[1] - a[1]) * t),
		Math.round(a[2] + (b[2] - a[2]) * t)
	];
}

/** [r, g, b] of a signed value, saturating at ±limit. */
export function signedColour(value: number, limit: number): [number, number, number] {
	if (!Number.isFinite(value) || limit <= 0) return [...ZERO];
	const t = Math.min(1, Math.abs(value) / limit);
	return mix(ZERO, value < 0 ? NEGATIVE : POSITIVE, t);
}

/** CSS rgb() of a signed value, for PixelGrid fills. */
export function signedCss(value: number, limit: number): string {
	const [r, g, b] = signedColour(value, limit);
	return `rgb(${r}, ${g}, ${b})`;
}

/** [r, g, b] of a value from 0 (black) to `limit` (white). */
export function greyColour(value: number, limit = 255): [number, number, number] {
	const v = Math.round(Math.max(0, Math.min(1, value / limit)) * 255);
	return [v, v, v];
}

/** CSS rgb() of a grey value. */
export function greyCss(value: number, limit = 255): string {
	const [v] = greyColour(value, limit);
	return `rgb(${v}, ${v}, ${v})`;
}

/** A number as the figures write it: whole numbers as they are, others with at most `digits` decimals. */
export function formatValue(value: number, digits = 2): string {
	if (Number.isInteger(value)) return String(value);
	const fixed = value.toFixed(digits);
	return fixed.replace(/\.?0+$/, '') === '-0' ? '0' : fixed.replace(/\.?0+$/, '');
}

/** "1 cell" / "3 cells". */
export function plural(count: number, word: string, many = `${word}s`): string {
	return `${count} ${count === 1 ? word : many}`;
}

/**
 * CSS rgb() of a value from 0 to `limit` as a light-to-mid neutral ramp (never black), so that coloured
 * outlines (a window, a winner) stand out on any cell.
 */
export function neutralCss(value: number, limit: number): string {
	const t = limit > 0 ? Math.max(0, Math.min(1, value / limit)) : 0;
	const v = Math.round(246 - t * 120);
	return `rgb(${v}, ${v}, ${Math.min(255, v + 6)})`;
}
