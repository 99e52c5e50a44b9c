import { interpolateRdBu } from 'd3-scale-chromatic';

/**
 * Fill for a signed value: blue for positive, red for negative, pale near zero (readable on light and
 * dark backgrounds, since the cells carry their own colour). `limit` is the value drawn at full colour.
 */
export function divergingFill(value: number, limit: number): string {
	const t = limit > 0 ? Math.max(-1, Math.min(1, value / limit)) : 0;
	// interpolateRdBu goes from red (0) through white (0.5) to blue (1); keep away from the darkest ends.
	return interpolateRdBu(0.5 + t * 0.45);
}

/** A number with a fixed number of decimals and a real minus sign. */
export function signed(value: number, decimals = 2): string {
	const text = Math.abs(value).toFixed(decimals);
	const isZero = Number(text) === 0;
	return `${value < 0 && !isZero ? '−' : ''}${text}`;
}
