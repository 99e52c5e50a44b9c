/**
 * The edge filter that the cat-photo figures of lessons 05 and 06 run (ReLU on a feature map, a row
 * before and after ReLU, max and mean pooling): one setting, so that a link names the filter alike
 * in all three. Its drop-down is EdgeFilterChoice.svelte.
 */
import type { EdgeFilterName } from '$lib/engine/lessons/featureMaps';
import { m } from '$lib/paraglide/messages';

/** The names of the engine's edge filters, in the order the drop-down lists them. */
export const EDGE_FILTER_NAMES = [
	'vertical',
	'horizontal',
	'diagonal',
	'laplacian'
] as const satisfies readonly EdgeFilterName[];

/** An edge filter's name for the reader (the engine names it by its id only). */
export const edgeFilterLabel = (name: EdgeFilterName): string =>
	({
		vertical: m.figure_edge_vertical,
		horizontal: m.figure_edge_horizontal,
		diagonal: m.figure_edge_diagonal,
		laplacian: m.figure_edge_laplacian
	})[name]();

/** What an edge filter's feature map finds, for a figure's description: "vertical edges, positive …". */
export const edgeFilterFinds = (name: EdgeFilterName): string =>
	({
		vertical: m.figure_edge_vertical_finds,
		horizontal: m.figure_edge_horizontal_finds,
		diagonal: m.figure_edge_diagonal_finds,
		laplacian: m.figure_edge_laplacian_finds
	})[name]();

/** The `filter` setting of a widget's schema: `schema: { filter: EDGE_FILTER_SETTING, ... }`. */
export const EDGE_FILTER_SETTING = {
	kind: 'choice',
	label: m.widget_setting_filter,
	values: EDGE_FILTER_NAMES,
	default: 'vertical'
} as const;
