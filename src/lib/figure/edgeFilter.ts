/**
 * The edge filter that the cat-photo figures of lessons 05 and 06 run (ReLU on a feature map, a row
 * before and after ReLU, max and mean pooling): one setting, so that a link names the filter alike
 * in all three. Its drop-down is EdgeFilterChoice.svelte.
 */
import { CHELSEA_HEIGHT, CHELSEA_WIDTH } from '$lib/data/chelsea';
import type { EdgeFilterName } from '$lib/engine/lessons/featureMaps';
import { m } from '$lib/paraglide/messages';

/**
 * The size of the edge feature map: a 3 × 3 filter without padding leaves 2 rows and 2 columns fewer
 * than the photo, its value (y, x) centred on pixel (y + 1, x + 1). Here rather than in edgeMap.ts
 * because the figures' declarations bound their cell settings by it, and edgeMap.ts brings colours.
 */
export const EDGE_MAP_ROWS = CHELSEA_HEIGHT - 2;
export const EDGE_MAP_COLUMNS = CHELSEA_WIDTH - 2;

/** The names of the engine's edge filters, in the order the drop-down lists them. */
export const EDGE_FILTER_NAMES = [
	'vertical',
	'horizontal',
	'diagonal',
	'laplacian'
] as const satisfies readonly EdgeFilterName[];

/** Each edge filter's words for the reader (the engine names a filter by its id only). */
const EDGE_FILTER_WORDS: Record<EdgeFilterName, { label: () => string; finds: () => string }> = {
	vertical: { label: m.figure_edge_vertical, finds: m.figure_edge_vertical_finds },
	horizontal: { label: m.figure_edge_horizontal, finds: m.figure_edge_horizontal_finds },
	diagonal: { label: m.figure_edge_diagonal, finds: m.figure_edge_diagonal_finds },
	laplacian: { label: m.figure_edge_laplacian, finds: m.figure_edge_laplacian_finds }
};

/** An edge filter's name for the reader: `edgeFilterLabel('vertical')`. */
export const edgeFilterLabel = (name: EdgeFilterName): string => EDGE_FILTER_WORDS[name].label();

/** What an edge filter's feature map finds, for a figure's description: "vertical edges, positive …". */
export const edgeFilterFinds = (name: EdgeFilterName): string => EDGE_FILTER_WORDS[name].finds();

/** The `filter` setting of a widget's schema: `schema: { filter: EDGE_FILTER_SETTING, ... }`. */
export const EDGE_FILTER_SETTING = {
	kind: 'choice',
	label: m.widget_setting_filter,
	values: EDGE_FILTER_NAMES,
	default: 'vertical'
} as const;
