/**
 * Every widget that stands alone at /widgets/<name>. Each one declares itself in a sibling file
 * `<Name>.widget.ts` exporting `widget: WidgetEntry`; this module collects them, so adding a widget
 * touches no shared list.
 */
import type { Component } from 'svelte';
import type { Schema, Settings } from '$lib/figure/settings';

/** The props every standalone widget accepts. */
export interface StandaloneProps {
	/** Settings read from the URL (already validated against the schema). */
	initial?: Settings;
	/** True on its own page: large type, the URL follows the settings. */
	standalone?: boolean;
}

export interface WidgetEntry {
	/** URL name, e.g. "sliding-window". */
	name: string;
	/** Title shown on the page and in the list of widgets. */
	title: string;
	/** Slug of the lesson it belongs to, e.g. "03-the-sliding-window". */
	lesson: string;
	/** Settings it reads from and writes to the URL. */
	schema: Schema;
	load: () => Promise<{ default: Component<StandaloneProps> }>;
}

const modules = import.meta.glob<WidgetEntry>('./**/*.widget.ts', {
	eager: true,
	import: 'widget'
});

export const widgets: WidgetEntry[] = Object.values(modules).sort(
	(a, b) => a.lesson.localeCompare(b.lesson) || a.title.localeCompare(b.title)
);

/** The widget registered under `name`, or undefined. */
export function findWidget(name: string): WidgetEntry | undefined {
	return widgets.find((widget) => widget.name === name);
}
