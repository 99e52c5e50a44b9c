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

/** The `filter` setting of a widget's schema: `schema: { filter: EDGE_FILTER_SETTING, ... }`. */
export const EDGE_FILTER_SETTING = {
	kind: 'choice',
	label: m.widget_setting_filter,
	values: EDGE_FILTER_NAMES,
	default: 'vertical'
} as const;
