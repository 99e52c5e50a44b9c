/**
 * Number formatting and value colours shared by the learning figures (lessons 11 to 13). Pure
 * functions: the tests import them to read the page the way the reader does.
 */
import { interpolateRdBu } from 'd3-scale-chromatic';

/** A value with a fixed number of decimals and a true minus sign; -0.00 reads 0.00. */
export function fmt(value: number, digits = 2): string {
	if (!Number.isFinite(value)) return String(value);
	const text = value.toFixed(digits);
	if (Number(text) === 0) return (0).toFixed(digits);
	return text.replace('-', '−');
}

/** A value with an explicit sign: +0.12, −0.40. */
export function signed(value: number, digits = 2): string {
	const text = fmt(value, digits);
	return value > 0 && Number(value.toFixed(digits)) !== 0 ? `+${text}` : text;
}

/** Largest absolute value of a list (at least `floor`), for a symmetric colour scale. */
export function magnitude(values: ArrayLike<number>, floor = 1e-6): number {
	let max = floor;
	for (let i = 0; i < values.length; i++) {
		const v = Math.abs(values[i]);
		if (Number.isFinite(v) && v > max) max = v;
	}
	return max;
}

/** Blue for positive, red for negative, white for zero, on a symmetric scale of ±scale. */
export function divergingFill(value: number, scale: number): string {
	if (!Number.isFinite(value)) return 'rgb(128, 128, 128)';
	const t = Math.max(-1, Math.min(1, value / scale));
	// interpolateRdBu goes from red (0) through white (0.5) to blue (1); keep the ends a little soft.
	return interpolateRdBu(0.5 + 0.42 * t);
}
