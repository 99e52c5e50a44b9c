import { describe, expect, test } from 'vitest';
import { CHELSEA_HEIGHT, CHELSEA_WIDTH } from '$lib/data/chelsea';
import { orangeBlue } from '$lib/charts/colour';
import { edgeFeatureMap } from '$lib/engine/lessons/featureMaps';
import { chelseaGrey } from '$lib/data/chelsea';
import { EDGE_MAP_COLUMNS, EDGE_MAP_ROWS, edgeMapPaint } from '$lib/figure/edgeMap';
import { parseSettings } from '$lib/figure/settings';

describe('edgeMap', () => {
	test('the edge map is the shape the engine gives: the photo less a 3 × 3 filter’s border', () => {
		const map = edgeFeatureMap(chelseaGrey(), 'vertical');
		expect(map.shape.slice(2)).toEqual([EDGE_MAP_ROWS, EDGE_MAP_COLUMNS]);
		expect([EDGE_MAP_ROWS, EDGE_MAP_COLUMNS]).toEqual([CHELSEA_HEIGHT - 2, CHELSEA_WIDTH - 2]);
	});

	test('full colour at half the largest magnitude, at least 1', () => {
		const paint = edgeMapPaint({ data: new Float32Array([-8, 2, 4]) });
		expect(paint(4)).toEqual(orangeBlue(4)(4));
		expect(paint(-4)).toEqual(orangeBlue(4)(-4));
		const small = edgeMapPaint({ data: new Float32Array([0.2, -0.1]) });
		expect(small(0.3)).toEqual(orangeBlue(0.5)(0.3));
	});
});

describe('the cat-photo figures’ cell settings', () => {
	test('a link can name any cell of the edge map, and none beyond it', async () => {
		const { widget: reluMap } = await import('$lib/widgets/relu/ReluFeatureMap.widget');
		const { widget: reluRow } = await import('$lib/widgets/relu/ReluRow.widget');
		expect([reluMap.schema.row.max, reluMap.schema.column.max]).toEqual([
			EDGE_MAP_ROWS,
			EDGE_MAP_COLUMNS
		]);
		expect(reluRow.schema.row.max).toBe(EDGE_MAP_ROWS);
		const beyond = parseSettings(reluMap.schema, new URLSearchParams(`row=${EDGE_MAP_ROWS + 1}`));
		expect(beyond.problems).toHaveLength(1);
		expect(beyond.values.row).toBe(reluMap.schema.row.default);
	});
});
