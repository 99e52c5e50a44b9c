/**
 * The cat photo's edge feature map, which the figures of lessons 05 and 06 show (ReLU on the map, a
 * row of it, max and mean pooling): its size, and the colour scale of its panels.
 */
import { orangeBlue } from '$lib/charts/colour';

// The size is defined in edgeFilter.ts (the figures' declarations need it without the colours).
export { EDGE_MAP_COLUMNS, EDGE_MAP_ROWS } from './edgeFilter';

/**
 * The orange-blue scale of an edge map's panels, full colour at half its largest magnitude (at least
 * 1): one scale for a map before and after ReLU, so that "after" is "before" with the orange removed.
 */
export function edgeMapPaint(map: { data: Float32Array }) {
	let largest = 1;
	for (const value of map.data) largest = Math.max(largest, Math.abs(value));
	return orangeBlue(largest * 0.5);
}
