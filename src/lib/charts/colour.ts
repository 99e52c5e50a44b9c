/**
 * Colours as values, and the colour scales of the figures. A scale maps a number the engine returned
 * to a `Colour` (red, green, blue 0-255 and an opacity): canvases write its channels straight into
 * pixels, SVG and CSS get `css(colour)`, and the text drawn on a cell picks black or white from it.
 * No colour is ever written as a string and read back. Drawing only: nothing here computes a
 * network's numbers.
 */
import { rgb } from 'd3-color';
import { interpolateBasis } from 'd3-interpolate';
import { scaleLinear } from 'd3-scale';
import { schemeRdBu } from 'd3-scale-chromatic';

/** A colour: r, g, b from 0 to 255, opacity from 0 (transparent) to 1. */
export interface Colour {
	readonly r: number;
	readonly g: number;
	readonly b: number;
	readonly opacity: number;
}

/** A colour from its channels: `colour(255, 0, 0)` is red. */
export function colour(r: number, g: number, b: number, opacity = 1): Colour {
	return { r, g, b, opacity };
}

/** The colour of a pixel from its channel values (grey, RGB or RGBA, each 0-255). */
export function pixelColour(values: readonly number[]): Colour {
	const [r, g, b] = values.length >= 3 ? values : [values[0], values[0], values[0]];
	return colour(r, g, b, values.length >= 4 ? values[3] / 255 : 1);
}

/** The same colour with another opacity, for example a row that steps back. */
export function fade(base: Colour, opacity: number): Colour {
	return { ...base, opacity };
}

/** A colour for SVG or CSS: `css(colour(30, 90, 200))` is "rgb(30, 90, 200)". */
export function css(c: Colour): string {
	const [r, g, b] = [c.r, c.g, c.b].map((v) => Math.round(v));
	return c.opacity >= 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${c.opacity})`;
}

function linear(channel: number): number {
	const c = channel / 255;
	return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/**
 * Text colour for a cell: near-black or white, whichever has the higher WCAG contrast with the fill;
 * on a mostly transparent fill the page shows through, so the text keeps the page's colour.
 */
export function textOn(fill: Colour): string {
	if (fill.opacity < 0.4) return 'currentColor';
	const luminance = 0.2126 * linear(fill.r) + 0.7152 * linear(fill.g) + 0.0722 * linear(fill.b);
	return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#111' : '#fff';
}

/** Largest absolute finite value of a list (at least `floor`): the end of a symmetric scale. */
export function magnitude(values: ArrayLike<number>, floor = 1e-6): number {
	let max = floor;
	for (let i = 0; i < values.length; i++) {
		const v = Math.abs(values[i]);
		if (Number.isFinite(v) && v > max) max = v;
	}
	return max;
}

/** Nothing: a cell not drawn yet. */
export const TRANSPARENT: Colour = colour(0, 0, 0, 0);

/** A cell no window reads (pooling that skips the edge): a light red over the page. */
export const UNREAD: Colour = colour(214, 40, 40, 0.2);

/** What a value that is not a number (NaN, a diverged loss) is painted. */
export const UNKNOWN: Colour = colour(128, 128, 128);

/**
 * A d3 colour scheme read once into a table of colours, so that a canvas of thousands of cells looks
 * colours up instead of asking d3 for each. `scheme` is one of d3's scheme arrays (`schemeBlues`,
 * `schemeRdBu`): d3's own `interpolateBlues` runs a B-spline (`interpolateBasis`) through its longest
 * list of colours, and the table runs d3's same spline through each channel, rounded as d3 rounds: the colours of
 * `rgb(interpolateBlues(t))`, without writing each of the 256 as a CSS string and parsing it back
 * (that round trip cost the training figure's first paint 15 ms).
 * Example: `sampled(schemeBlues)(1)` is the darkest blue.
 */
export function sampled(
	scheme: readonly (readonly string[] | undefined)[],
	steps = 256
): (t: number) => Colour {
	const stops = (scheme.at(-1) ?? []).map((hex) => rgb(hex));
	const channel = (values: number[]) => {
		const spline = interpolateBasis(values);
		return (t: number) => Math.max(0, Math.min(255, Math.round(spline(t))));
	};
	const red = channel(stops.map((stop) => stop.r));
	const green = channel(stops.map((stop) => stop.g));
	const blue = channel(stops.map((stop) => stop.b));
	const table: Colour[] = [];
	for (let i = 0; i < steps; i++) {
		const t = i / (steps - 1);
		table.push(colour(red(t), green(t), blue(t)));
	}
	return (t) =>
		Number.isFinite(t) ? table[Math.round(Math.max(0, Math.min(1, t)) * (steps - 1))] : UNKNOWN;
}

let redBlue: ((t: number) => Colour) | null = null;

/**
 * Blue for positive, red for negative, white for zero (d3's RdBu), saturating at ±limit; the darkest
 * ends are left out so numbers stay readable on every cell. Used for weights, gradients, products.
 * Example: `diverging(2)(-1)` is a mid red.
 */
export function diverging(limit: number): (value: number) => Colour {
	redBlue ??= sampled(schemeRdBu);
	const position = scaleLinear()
		.domain([-limit, limit])
		.range([0.08, 0.92])
		.clamp(true)
		.unknown(NaN);
	const scheme = redBlue;
	return (value) => (limit > 0 ? scheme(position(value)) : scheme(0.5));
}

function mix(a: Colour, b: Colour) {
	return (t: number): Colour =>
		colour(
			Math.round(a.r + (b.r - a.r) * t),
			Math.round(a.g + (b.g - a.g) * t),
			Math.round(a.b + (b.b - a.b) * t)
		);
}

/** Lessons 05 and 06's signed palette: orange below zero, blue above, a light neutral grey at zero,
 * readable in light and dark themes. */
const ORANGE = colour(196, 72, 8);
const PALE = colour(238, 236, 230);
const BLUE = colour(30, 90, 200);

/** Orange for negative, blue for positive, pale grey at zero, saturating at ±limit: feature maps. */
export function orangeBlue(limit: number): (value: number) => Colour {
	if (!(limit > 0)) return () => PALE;
	const scale = scaleLinear<Colour, Colour>()
		.domain([-limit, 0, limit])
		.range([ORANGE, PALE, BLUE])
		.interpolate(mix)
		.clamp(true);
	return (value) => (Number.isFinite(value) ? scale(value) : PALE);
}

/** From black (0) to white (`limit`): a grey photo. */
export function greys(limit = 255): (value: number) => Colour {
	const scale = scaleLinear<Colour, Colour>()
		.domain([0, limit])
		.range([colour(0, 0, 0), colour(255, 255, 255)])
		.interpolate(mix)
		.clamp(true);
	return (value) => scale(value);
}

/**
 * From near white (0) to a mid grey (`limit`), never black, so that coloured outlines (a window, a
 * winner) stand out on every cell: pooling inputs and outputs.
 */
export function neutral(limit: number): (value: number) => Colour {
	const scale = scaleLinear<Colour, Colour>()
		.domain([0, limit > 0 ? limit : 1])
		.range([colour(246, 246, 252), colour(126, 126, 132)])
		.interpolate(mix)
		.clamp(true);
	return (value) => scale(limit > 0 ? value : 0);
}
