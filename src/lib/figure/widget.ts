/**
 * How a figure declares itself: its standalone page (/widgets/<name>), the lesson it belongs to and
 * the settings it keeps in the URL. A widget's sibling file `<Name>.widget.ts` exports
 * `widget = defineWidget({ ... })`; `src/lib/widgets/registry.ts` collects them, and the component
 * reads its settings with `useSettings(widget, initial)` (settings.svelte.ts).
 */
import type { Component } from 'svelte';
import type { Message, Schema, Settings } from './settings';

/** The props every standalone widget accepts. */
export interface StandaloneProps {
	/** Settings from the URL (already checked) or from a lesson (checked by `useSettings`). */
	initial?: Settings;
	/** True on its own page: large type, the URL follows the settings. */
	standalone?: boolean;
}

export interface WidgetEntry<S extends Schema = Schema> {
	/** URL name, e.g. "sliding-window". */
	name: string;
	/** Title shown on the page and in the list of widgets, in the page's language. */
	title: Message;
	/** Slug of the lesson it belongs to, e.g. "03-the-sliding-window". */
	lesson: string;
	/** Settings it reads from and writes to the URL. */
	schema: S;
	load: () => Promise<{ default: Component<StandaloneProps> }>;
}

/**
 * Declares a figure. The schema keeps its literal types, so `useSettings(widget, initial).values`
 * knows that `stride` is a number and `mode` one of its choices; a figure with nothing to set leaves
 * it out. Settings are made with the constructors of settingSpecs.ts.
 * `export const widget = defineWidget({ name: 'relu-matrix', title: m.widget_relu_matrix_title,
 *   lesson: '05-relu', schema: { size: int(m.widget_setting_matrix_size, { min: 3, max: 8, default: 5 }) },
 *   load: () => import('./ReluMatrix.svelte') });`
 */
export function defineWidget<const S extends Schema = Record<never, never>>(
	entry: Omit<WidgetEntry<S>, 'schema'> & { schema?: S }
): WidgetEntry<S> {
	return { ...entry, schema: entry.schema ?? ({} as S) };
}
