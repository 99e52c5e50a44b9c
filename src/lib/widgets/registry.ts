/**
 * Every widget that stands alone at /widgets/<name>. Each one declares itself in a sibling file
 * `<Name>.widget.ts` exporting `widget = defineWidget({ ... })` (src/lib/figure/widget.ts); this
 * module collects them, so adding a widget touches no shared list.
 */
import type { WidgetEntry } from '$lib/figure/widget';

export type { StandaloneProps, WidgetEntry } from '$lib/figure/widget';

const modules = import.meta.glob<WidgetEntry>('./**/*.widget.ts', {
	eager: true,
	import: 'widget'
});

// By lesson, then by URL name: titles are in the page's language, and this order must not change
// with it (the list is made once, on the server and in the browser alike).
export const widgets: WidgetEntry[] = Object.values(modules).sort(
	(a, b) => a.lesson.localeCompare(b.lesson) || a.name.localeCompare(b.name)
);

/** The widget registered under `name`, or undefined. */
export function findWidget(name: string): WidgetEntry | undefined {
	return widgets.find((widget) => widget.name === name);
}
