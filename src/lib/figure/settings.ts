/**
 * Widget settings that live in the URL, so that a link reproduces exactly what a teacher set
 * ("input 4, kernel 2, stride 3"). A widget declares a schema; the standalone page parses the query
 * against it, and anything invalid or tampered with falls back to the default with a note, in the
 * page's language. (A lesson that gives a setting the schema refuses is a bug of ours, caught in
 * development: those sentences stay in English.)
 */
import { m } from '$lib/paraglide/messages';
import { plain } from './format';

/**
 * A reader-facing text in the page's language: a compiled message (`m.widget_setting_stride`), or an
 * arrow that gives one its parameters. Called where it is shown, so it reads the page's language then.
 */
export type Message = () => string;

export type SettingSpec =
	| { kind: 'int'; label: Message; min: number; max: number; default: number }
	| { kind: 'number'; label: Message; min: number; max: number; default: number }
	| { kind: 'choice'; label: Message; values: readonly string[]; default: string }
	| { kind: 'bool'; label: Message; default: boolean }
	/**
	 * A short text with its own rules (a network design such as 'c6k5p2-r-m2-f-d10'): `check` returns
	 * null when the text is valid, else a sentence fragment saying why not ("layer 3: …").
	 */
	| {
			kind: 'text';
			label: Message;
			default: string;
			maxLength: number;
			check: (text: string) => string | null;
	  };

export type Schema = Record<string, SettingSpec>;

export type SettingValue = number | string | boolean;
export type Settings = Record<string, SettingValue>;

export type Values<S extends Schema> = {
	-readonly [K in keyof S]: S[K] extends { kind: 'bool' }
		? boolean
		: S[K] extends { kind: 'choice'; values: readonly (infer V extends string)[] }
			? V
			: S[K] extends { kind: 'text' }
				? string
				: number;
};

/** The default value of every setting. */
export function defaults<S extends Schema>(schema: S): Values<S> {
	const values: Settings = {};
	for (const [key, spec] of Object.entries(schema)) values[key] = spec.default;
	return values as Values<S>;
}

/** Reads one raw query value; returns the value, or a sentence saying why it was refused. */
function parseOne(spec: SettingSpec, raw: string): { value: SettingValue } | { problem: string } {
	switch (spec.kind) {
		case 'int':
		case 'number': {
			const value = Number(raw);
			const whole = spec.kind === 'int';
			if (raw.trim() === '' || !Number.isFinite(value) || (whole && !Number.isInteger(value))) {
				return {
					problem: whole
						? m.figure_setting_not_whole({ text: raw })
						: m.figure_setting_not_number({ text: raw })
				};
			}
			if (value < spec.min || value > spec.max) {
				return {
					problem: m.figure_setting_outside({
						value: plain(value),
						min: plain(spec.min),
						max: plain(spec.max)
					})
				};
			}
			return { value };
		}
		case 'choice':
			return spec.values.includes(raw)
				? { value: raw }
				: { problem: m.figure_setting_not_choice({ text: raw, choices: spec.values.join(', ') }) };
		case 'bool':
			if (raw === '1' || raw === 'true') return { value: true };
			if (raw === '0' || raw === 'false') return { value: false };
			return { problem: m.figure_setting_not_bool({ text: raw }) };
		case 'text': {
			if (raw.length > spec.maxLength) {
				return { problem: m.figure_setting_too_long({ max: plain(spec.maxLength) }) };
			}
			const problem = spec.check(raw);
			return problem === null ? { value: raw } : { problem };
		}
	}
}

/** Checks one value given as a value (by a lesson), with the same limits as one read from a URL. */
function checkOne(spec: SettingSpec, value: unknown): string | null {
	switch (spec.kind) {
		case 'int':
		case 'number': {
			if (typeof value !== 'number') return `${JSON.stringify(value)} is not a number`;
			const parsed = parseOne(spec, String(value));
			return 'problem' in parsed ? parsed.problem : null;
		}
		case 'choice':
			return typeof value === 'string' && spec.values.includes(value)
				? null
				: `${JSON.stringify(value)} is not one of ${spec.values.join(', ')}`;
		case 'bool':
			return typeof value === 'boolean' ? null : `${JSON.stringify(value)} is not true or false`;
		case 'text': {
			if (typeof value !== 'string') return `${JSON.stringify(value)} is not a text`;
			const parsed = parseOne(spec, value);
			return 'problem' in parsed ? parsed.problem : null;
		}
	}
}

/** What reading or checking one setting gave: its value, or a sentence saying why it was refused. */
type Outcome = { key: string; value: SettingValue } | { problem: string };

/**
 * The defaults with every accepted value in place, and every refusal listed, in the given order
 * (null: a setting that was not given).
 */
function settle<S extends Schema>(
	schema: S,
	outcomes: (Outcome | null)[]
): { values: Values<S>; problems: string[] } {
	const values = defaults(schema) as Settings;
	const problems: string[] = [];
	for (const outcome of outcomes) {
		if (outcome === null) continue;
		if ('problem' in outcome) problems.push(outcome.problem);
		else values[outcome.key] = outcome.value;
	}
	return { values: values as Values<S>, problems };
}

/**
 * Settings given as values (by a lesson, or already parsed from a URL), checked as strictly as a
 * URL's: an unknown name or a value the schema refuses is listed in `problems` and left at its
 * default. `checkSettings(schema, { stride: 3 })`
 */
export function checkSettings<S extends Schema>(
	schema: S,
	given: Settings
): { values: Values<S>; problems: string[] } {
	const outcomes = Object.entries(given).map(([key, value]): Outcome => {
		const spec = schema[key];
		if (!spec) {
			return {
				problem: `“${key}” is not one of its settings (${Object.keys(schema).join(', ')}).`
			};
		}
		const problem = checkOne(spec, value);
		return problem === null ? { key, value } : { problem: `${spec.label()}: ${problem}.` };
	});
	return settle(schema, outcomes);
}

/**
 * Settings from a URL query. Unknown keys are ignored; invalid values fall back to the default and
 * are listed in `problems` so the page can say so.
 * `parseSettings(schema, new URLSearchParams('stride=3&kernel=banana'))`
 */
export function parseSettings<S extends Schema>(
	schema: S,
	params: URLSearchParams
): { values: Values<S>; problems: string[] } {
	const outcomes = Object.entries(schema).map(([key, spec]): Outcome | null => {
		const raw = params.get(key);
		if (raw === null) return null;
		const parsed = parseOne(spec, raw);
		if ('value' in parsed) return { key, value: parsed.value };
		return {
			problem: m.figure_setting_default_used({
				label: spec.label(),
				problem: parsed.problem,
				value: typeof spec.default === 'number' ? plain(spec.default) : String(spec.default)
			})
		};
	});
	return settle(schema, outcomes);
}

/** The query string for settings, with only the values that differ from the defaults. */
export function toQuery(schema: Schema, values: Settings): string {
	const params = new URLSearchParams();
	for (const [key, spec] of Object.entries(schema)) {
		const value = values[key];
		if (value === undefined || value === spec.default) continue;
		params.set(key, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
	}
	return params.toString();
}

/** Every whole number a setting allows, for a drop-down: `intRange({ min: 1, max: 4, ... })` is [1, 2, 3, 4]. */
export function intRange(spec: { min: number; max: number }): number[] {
	return Array.from({ length: spec.max - spec.min + 1 }, (_, i) => spec.min + i);
}
