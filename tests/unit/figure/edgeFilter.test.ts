import { describe, expect, test } from 'vitest';
import { EDGE_FILTERS } from '../../../src/lib/engine/lessons/featureMaps';
import { EDGE_FILTER_NAMES, EDGE_FILTER_SETTING } from '../../../src/lib/figure/edgeFilter';
import { parseSettings } from '../../../src/lib/figure/settings';

describe('the edge-filter setting of the cat-photo figures', () => {
	test('offers every engine edge filter, in the engine order', () => {
		expect([...EDGE_FILTER_NAMES]).toEqual(EDGE_FILTERS.map((filter) => filter.name));
	});
	test('filter=laplacian is read; filter=blur falls back to vertical with a note', () => {
		const schema = { filter: EDGE_FILTER_SETTING };
		expect(parseSettings(schema, new URLSearchParams('filter=laplacian')).values.filter).toBe(
			'laplacian'
		);
		const refused = parseSettings(schema, new URLSearchParams('filter=blur'));
		expect(refused.values.filter).toBe('vertical');
		expect(refused.problems.length).toBe(1);
	});
});
