// Lesson 14 states the sizes and costs of its presets and experiments: each is recomputed here with
// the engine's analysis, and the lesson is checked to still say it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grouped } from '$lib/figure/format';
import {
	analyseDesign,
	decodeDesign,
	DESIGN_BUDGET,
	designBudget,
	type Design
} from '$lib/engine/playground';

const prose = readFileSync('content/14-build-your-own-cnn.md', 'utf8');
const design = (text: string): Design => {
	const decoded = decodeDesign(text);
	if (!decoded.ok) throw new Error(`${text} does not decode`);
	return decoded.design;
};
const totals = (text: string) => analyseDesign(design(text)).totals;

const TINY = 'c4k3p1-r-m2-c8k3p1-r-m2-f-d10';
const LENET = 'c6k5p2-r-m2-c16k5-r-m2-f-d120-r-d84-r-d10';

describe('lesson 14: the numbers of its designs', () => {
	it('presets', () => {
		expect(prose).toContain(TINY);
		for (const text of [TINY, LENET, 'f-d64-r-d10']) {
			expect(prose).toContain(grouped(totals(text).parameters));
		}
	});

	it('without pooling', () => {
		const without = 'c4k3p1-r-c8k3p1-r-f-d10';
		const flat = (text: string) =>
			analyseDesign(design(text)).layers.find((row) => row.layer.kind === 'flatten')!
				.outputShape![0];
		expect(flat(without) / flat(TINY)).toBe(16);
		expect(prose).toContain('16 times longer');
		expect(prose).toContain(`${grouped(totals(without).parameters)} parameters instead of 4,266`);
		const ratio = totals(without).multiplyAdds / totals(TINY).multiplyAdds;
		expect(ratio).toBeGreaterThan(3);
		expect(ratio).toBeLessThan(4);
		expect(prose).toContain('more than three times the');
		const lenetWithout = 'c6k5p2-r-c16k5-r-f-d120-r-d84-r-d10';
		expect(prose).toContain(grouped(totals(lenetWithout).parameters));
		expect(designBudget(design(lenetWithout)).over.map((o) => o.limit)).toEqual(['parameters']);
		expect(DESIGN_BUDGET.parameters).toBe(1_000_000);
	});

	it('a first kernel of 9', () => {
		const shrunk = analyseDesign(design('c4k9p1-r-m2-c8k3p1-r-m2-f-d10'));
		expect(shrunk.layers[0].outputShape).toEqual([4, 22, 22]);
		expect(shrunk.layers[5].inputShape).toEqual([8, 11, 11]);
		expect(shrunk.layers[5].problems.map((p) => p.code)).toEqual(['pixels-unread']);
		const padded = 'c4k9p4-r-m2-c8k3p1-r-m2-f-d10';
		expect(analyseDesign(design(padded)).layers[0].outputShape).toEqual([4, 28, 28]);
		expect(prose).toContain(`(${grouped(totals(padded).parameters)})`);
		expect(prose).toContain(
			`${grouped(totals(padded).multiplyAdds)} instead of ${grouped(totals(TINY).multiplyAdds)}`
		);
	});

	it('dense layers only', () => {
		const dense = totals('f-d120-r-d84-r-d10');
		expect(prose).toContain(`${grouped(dense.parameters)} parameters, yet only`);
		expect(prose).toContain(`${grouped(dense.multiplyAdds)} multiply-adds`);
		expect(Math.round((4 * dense.multiplyAdds) / totals(LENET).multiplyAdds)).toBe(1);
		expect(prose).toContain('a quarter of LeNet');
	});
});
