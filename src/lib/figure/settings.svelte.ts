/**
 * A widget's settings as reactive values, started from the lesson's or the URL's settings (both
 * checked against the schema) and written back as the query of its "Copy link" and full-screen page.
 */
import { untrack } from 'svelte';
import { checkSettings, toQuery, type Schema, type Settings, type Values } from './settings';

export class WidgetSettings<S extends Schema> {
	readonly schema: S;
	/** The values the figure started from (defaults, then the checked settings it was given). */
	readonly start: Values<S>;
	/** The current values; set one to change the figure (`settings.values.stride = 2`). */
	values: Values<S> = $state() as Values<S>;

	constructor(schema: S, start: Values<S>) {
		this.schema = schema;
		this.start = start;
		this.values = { ...start };
	}

	/** The query string of the current values (only those that differ from the defaults). */
	get query(): string {
		return toQuery(this.schema, this.values);
	}

	/** The query with some values taken from elsewhere, such as a Player's step. */
	queryWith(overrides: Partial<Values<S>>): string {
		return toQuery(this.schema, { ...this.values, ...overrides } as Settings);
	}

	/** Changes several values at once (a "worked example" button). */
	set(changes: Partial<Values<S>>): void {
		Object.assign(this.values, changes);
	}
}

/**
 * The settings of a widget, from its `initial` prop (the lesson's `initial={{ stride: 3 }}` or the
 * URL's, parsed by the standalone page), read once when the figure is created: hence a getter, which
 * also tells Svelte that reading only the first value is meant. A lesson's setting that the schema refuses is a mistake in the
 * lesson: it throws in development and tests, and in the built site falls back to the default and
 * logs an error (which the end-to-end suite reports).
 * `const settings = useSettings(widget, () => initial); settings.values.stride = 2;`
 */
export function useSettings<S extends Schema>(
	widget: { name: string; schema: S },
	initial: () => Settings | undefined
): WidgetSettings<S> {
	const { values, problems } = checkSettings(widget.schema, untrack(initial) ?? {});
	if (problems.length > 0) {
		const message = `The figure "${widget.name}" was given settings it cannot use. ${problems.join(' ')}`;
		if (import.meta.env.DEV) throw new Error(message);
		console.error(message);
	}
	return new WidgetSettings(widget.schema, values);
}
