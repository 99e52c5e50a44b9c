/**
 * A design as a short text for a link: layers joined by '-', each a letter and its numbers.
 *
 *   c6k5p2    convolution, 6 filters, kernel 5, padding 2 (s stride, d dilation; defaults s1 p0 d1
 *             are left out)
 *   m2, a2    max / mean pooling, window 2 (s stride when it differs from the window)
 *   r, t      ReLU, tanh            l0.01  leaky ReLU with slope 0.01
 *   f         flatten               d120   dense, 120 units
 *
 * LeNet-5 is `c6k5p2-r-m2-c16k5-r-m2-f-d120-r-d84-r-d10`. Decoding checks every field against
 * DESIGN_LIMITS and returns a structured problem, never throws: a link is text anyone can edit.
 */
import type { Design, DesignLayer, DesignLayerKind } from './design';
import { DESIGN_LIMITS, type FieldRange } from './limits';

/** Longest text accepted: 30 layers of the longest form fit well within it. */
export const DESIGN_TEXT_MAX = 600;

/** Where in the text: `token` counts layers from 0; `text` is the token (cut to 20 characters). */
interface AtToken {
	token: number;
	text: string;
}

/** Why a text is not a design. */
export type DesignTextProblem =
	| { code: 'empty' }
	| { code: 'too-long'; length: number; max: number }
	| { code: 'too-many-layers'; count: number; max: number }
	| ({ code: 'unknown-layer' } & AtToken)
	| ({ code: 'bad-field' | 'repeated-field'; field: string } & AtToken)
	| ({
			code: 'out-of-range';
			field: string;
			value: number;
			min: number;
			max: number;
			whole: boolean;
	  } & AtToken);

export type DecodeResult = { ok: true; design: Design } | { ok: false; problem: DesignTextProblem };

function slopeText(slope: number): string {
	// At most 3 decimals (DESIGN_LIMITS), without the trailing zeros.
	return String(Math.round(slope * 1000) / 1000);
}

/**
 * The link text of a design (its numbers as they are; decodeDesign checks them).
 * `encodeDesign(DESIGN_PRESETS.tiny) === 'c4k3p1-r-m2-c8k3p1-r-m2-f-d10'`
 */
export function encodeDesign(design: Design): string {
	return design.layers
		.map((layer) => {
			switch (layer.kind) {
				case 'conv':
					return (
						`c${layer.filters}k${layer.kernel}` +
						(layer.stride !== 1 ? `s${layer.stride}` : '') +
						(layer.padding !== 0 ? `p${layer.padding}` : '') +
						(layer.dilation !== 1 ? `d${layer.dilation}` : '')
					);
				case 'maxPool':
				case 'meanPool':
					return (
						`${layer.kind === 'maxPool' ? 'm' : 'a'}${layer.window}` +
						(layer.stride !== layer.window ? `s${layer.stride}` : '')
					);
				case 'relu':
					return 'r';
				case 'tanh':
					return 't';
				case 'flatten':
					return 'f';
				case 'leakyRelu':
					return `l${slopeText(layer.slope)}`;
				case 'dense':
					return `d${layer.units}`;
			}
		})
		.join('-');
}

/** Letter -> layer kind, and for each kind its first field and the letters of the others. */
const LEADS: Record<string, DesignLayerKind> = {
	c: 'conv',
	m: 'maxPool',
	a: 'meanPool',
	r: 'relu',
	t: 'tanh',
	f: 'flatten',
	l: 'leakyRelu',
	d: 'dense'
};

const FIELDS: Partial<
	Record<
		DesignLayerKind,
		{ first: string; others: Record<string, string>; ranges: Record<string, FieldRange> }
	>
> = {
	conv: {
		first: 'filters',
		others: { k: 'kernel', s: 'stride', p: 'padding', d: 'dilation' },
		ranges: DESIGN_LIMITS.conv
	},
	maxPool: { first: 'window', others: { s: 'stride' }, ranges: DESIGN_LIMITS.pool },
	meanPool: { first: 'window', others: { s: 'stride' }, ranges: DESIGN_LIMITS.pool },
	leakyRelu: { first: 'slope', others: {}, ranges: DESIGN_LIMITS.leakyRelu },
	dense: { first: 'units', others: {}, ranges: DESIGN_LIMITS.dense }
};

const WHOLE = /^(0|[1-9][0-9]{0,5})$/;
const DECIMAL = /^(0|[1-9][0-9]{0,5})(\.[0-9]{1,3})?$/;

type TokenResult = { ok: true; layer: DesignLayer } | { ok: false; problem: DesignTextProblem };

function decodeToken(raw: string, token: number): TokenResult {
	const text = raw.slice(0, 20);
	const kind = LEADS[raw[0]];
	if (!kind) return { ok: false, problem: { code: 'unknown-layer', token, text } };
	const spec = FIELDS[kind];
	if (!spec) {
		return raw.length === 1
			? { ok: true, layer: { kind } as DesignLayer }
			: { ok: false, problem: { code: 'unknown-layer', token, text } };
	}
	// Split into a first number and letter+number pairs: 'c6k5p2' -> 6, k5, p2.
	const parts = raw.slice(1).match(/^([^a-z]*)((?:[a-z][^a-z]*)*)$/);
	if (!parts) return { ok: false, problem: { code: 'bad-field', token, text, field: spec.first } };
	const values: Record<string, string> = { [spec.first]: parts[1] };
	for (const piece of parts[2].match(/[a-z][^a-z]*/g) ?? []) {
		const field = spec.others[piece[0]];
		if (!field) return { ok: false, problem: { code: 'unknown-layer', token, text } };
		if (field in values)
			return { ok: false, problem: { code: 'repeated-field', token, text, field } };
		values[field] = piece.slice(1);
	}
	const layer: Record<string, number | string> = { kind };
	for (const [field, range] of Object.entries(spec.ranges)) {
		const given = values[field];
		let value: number;
		if (given === undefined) {
			// Left out: the encoder's defaults.
			if (field === 'stride') value = kind === 'conv' ? 1 : Number(layer.window);
			else if (field === 'padding') value = 0;
			else if (field === 'dilation') value = 1;
			else return { ok: false, problem: { code: 'bad-field', token, text, field } };
		} else {
			if (!(range.whole ? WHOLE : DECIMAL).test(given)) {
				return { ok: false, problem: { code: 'bad-field', token, text, field } };
			}
			value = Number(given);
		}
		if (value < range.min || value > range.max) {
			return {
				ok: false,
				problem: {
					code: 'out-of-range',
					token,
					text,
					field,
					value,
					min: range.min,
					max: range.max,
					whole: range.whole
				}
			};
		}
		layer[field] = value;
	}
	return { ok: true, layer: layer as unknown as DesignLayer };
}

/**
 * The design a link text describes, or the first problem with it (structured, never thrown).
 * `decodeDesign('f-d64-r-d10')` is `{ ok: true, design: DESIGN_PRESETS.dense }`
 */
export function decodeDesign(text: string): DecodeResult {
	if (typeof text !== 'string' || text.trim() === '')
		return { ok: false, problem: { code: 'empty' } };
	if (text.length > DESIGN_TEXT_MAX) {
		return { ok: false, problem: { code: 'too-long', length: text.length, max: DESIGN_TEXT_MAX } };
	}
	const tokens = text.trim().toLowerCase().split('-');
	if (tokens.length > DESIGN_LIMITS.layers) {
		return {
			ok: false,
			problem: { code: 'too-many-layers', count: tokens.length, max: DESIGN_LIMITS.layers }
		};
	}
	const layers: DesignLayer[] = [];
	for (let i = 0; i < tokens.length; i++) {
		if (tokens[i] === '')
			return { ok: false, problem: { code: 'unknown-layer', token: i, text: '' } };
		const result = decodeToken(tokens[i], i);
		if (!result.ok) return result;
		layers.push(result.layer);
	}
	return { ok: true, design: { layers } };
}
