/**
 * The cat photo's edge feature map, which the figures of lessons 05 and 06 show (ReLU on the map, a
 * row of it, max and mean pooling): its size, and the colour scale of its panels.
 */
import { orangeBlue } from '$lib/charts/colour';
import { CHELSEA_HEIGHT, CHELSEA_WIDTH } from '$lib/data/chelsea';

/**
 * A 3 × 3 filter without padding: the map has 2 rows and 2 columns fewer than the photo, its value
 * (y, x) centred on pixel (y + 1, x + 1).
 */
export const EDGE_MAP_ROWS = CHELSEA_HEIGHT - 2;
export const EDGE_MAP_COLUMNS = CHELSEA_WIDTH - 2;

/**
 * The orange-blue scale of an edge map's panels, full colour at half its largest magnitude (at least
 * 1): one scale for a map before and after ReLU, so that "after" is "before" with the orange removed.
 */
export function edgeMapPaint(map: { data: Float32Array }) {
	let largest = 1;
	for (const value of map.data) largest = Math.max(largest, Math.abs(value));
	return orangeBlue(largest * 0.5);
}
