/**
 * The playground's analysis: LeNet-5's table, the presets, the broken preset's facts, the problems at
 * the layer where they appear, and the table against the engine's real layers for the presets and for
 * hundreds of seeded random stacks.
 */
import { describe, expect, it } from 'vitest';
import { createLeNet5 } from '../../../src/lib/engine/lenet';
import {
	analyseDesign,
	buildDesign,
	copyDesign,
	type Design,
	type DesignLayer,
	DESIGN_PRESETS,
	fieldsOf,
	newLayer,
	type PresetId
} from '../../../src/lib/engine/playground';
import { createRandom, type Random } from '../../../src/lib/engine/random';

const lenet = DESIGN_PRESETS.lenet5;

describe('analyseDesign on LeNet-5', () => {
	const analysis = analyseDesign(lenet);

	it('has 61,706 parameters and 416,520 multiply-adds, and is trainable', () => {
		expect(analysis.totals.parameters).toBe(61706);
		expect(analysis.totals.multiplyAdds).toBe(416520);
		expect(analysis.trainable).toBe(true);
		expect(analysis.buildable).toBe(true);
		expect(analysis.problems).toEqual([]);
		expect(analysis.output).toEqual([10]);
	});

	it('gives lenet.ts its names, shapes and parameters, layer for layer', () => {
		const model = createLeNet5(createRandom(1));
		const rows = model.summary();
		expect(analysis.layers.map((l) => l.name)).toEqual(rows.map((r) => r.name));
		expect(analysis.layers.map((l) => l.outputShape)).toEqual(rows.map((r) => [...r.outputShape]));
		expect(analysis.layers.map((l) => l.parameters)).toEqual(rows.map((r) => r.parameters));
	});

	it('gives each convolution and pooling the numbers of the output-size formula', () => {
		expect(analysis.layers[0].formula).toEqual({
			input: 28,
			kernel: 5,
			dilation: 1,
			span: 5,
			padding: 2,
			stride: 1,
			numerator: 27,
			output: 28,
			remainder: 0
		});
		expect(analysis.layers[3].formula).toMatchObject({ input: 14, kernel: 5, output: 10 });
		expect(analysis.layers[5].formula).toMatchObject({
			input: 10,
			kernel: 2,
			stride: 2,
			output: 5
		});
		expect(analysis.layers.map((l) => l.multiplyAdds)).toEqual([
			117600, 0, 0, 240000, 0, 0, 0, 48000, 0, 10080, 0, 840
		]);
	});
});

describe('the presets', () => {
	it('tiny, dense and LeNet-5 are trainable; their figures', () => {
		const figures = (['lenet5', 'tiny', 'dense'] as PresetId[]).map((id) => {
			const a = analyseDesign(DESIGN_PRESETS[id]);
			expect(a.trainable).toBe(true);
			return [id, a.totals.parameters, a.totals.multiplyAdds];
		});
		expect(figures).toEqual([
			['lenet5', 61706, 416520],
			['tiny', 4266, 3136 * 9 + 0 + 8 * 196 * 36 + 3920],
			['dense', 50890, 784 * 64 + 640]
		]);
	});

	it('the broken preset breaks at its third convolution: a 5x5 kernel on a 4-wide input', () => {
		const a = analyseDesign(DESIGN_PRESETS.broken);
		expect(a.buildable).toBe(false);
		expect(a.trainable).toBe(false);
		expect(a.firstBreak).toBe(6);
		expect(a.layers[6].inputShape).toEqual([16, 4, 4]);
		const problem = a.layers[6].problems[0];
		expect(problem).toMatchObject({
			code: 'kernel-too-large',
			layer: 6,
			input: 4,
			kernel: 5,
			span: 5,
			padding: 0,
			fixes: [{ kernel: 4 }, { padding: 1 }]
		});
		if (problem.code !== 'kernel-too-large') throw new Error('unreachable');
		expect(problem.engineMessage).toContain('use a kernel of at most 4, or padding 1');
		expect(a.layers[6].formula).toMatchObject({ numerator: -1, output: null });
		// After the break: shapes unknown; the dense layer's parameters too.
		expect(a.layers.slice(7).every((l) => l.outputShape === null)).toBe(true);
		expect(a.layers[9].parameters).toBeNull();
		expect(() => buildDesign(DESIGN_PRESETS.broken, 1)).toThrow(/kernel-too-large at layer 6/);
	});

	it('a preset copy shares nothing with the preset', () => {
		const copy = copyDesign(lenet);
		(copy.layers[0] as { filters: number }).filters = 99;
		expect((lenet.layers[0] as { filters: number }).filters).toBe(6);
	});
});

describe('problems at the layer where they appear', () => {
	const design = (...layers: DesignLayer[]): Design => ({ layers });
	const dense10 = newLayer('dense');

	it('a stride that leaves pixels unread, with convFit facts and fixes', () => {
		const a = analyseDesign(
			design(
				{ kind: 'conv', filters: 2, kernel: 3, stride: 2, padding: 0, dilation: 1 },
				newLayer('flatten'),
				dense10
			)
		);
		expect(a.buildable).toBe(true);
		expect(a.trainable).toBe(false);
		expect(a.layers[0].problems[0]).toMatchObject({
			code: 'pixels-unread',
			layer: 0,
			input: 28,
			uncovered: [27],
			remainder: 1
		});
		expect(a.layers[0].formula).toMatchObject({ numerator: 25, output: 13, remainder: 1 });
	});

	it('a pooling that drops the last row suggests another stride or window', () => {
		const a = analyseDesign(
			design({ kind: 'maxPool', window: 3, stride: 3 }, newLayer('flatten'), dense10)
		);
		const problem = a.problems[0];
		expect(problem).toMatchObject({ code: 'pixels-unread', uncovered: [27] });
		if (problem.code !== 'pixels-unread') throw new Error('unreachable');
		expect(problem.fixes.some((f) => f.window !== undefined || f.stride !== undefined)).toBe(true);
		expect(problem.fixes.every((f) => f.padding === undefined)).toBe(true);
	});

	it('a pooling window larger than its input', () => {
		const a = analyseDesign(
			design(
				{ kind: 'maxPool', window: 7, stride: 7 },
				{ kind: 'maxPool', window: 7, stride: 7 },
				newLayer('flatten'),
				dense10
			)
		);
		expect(a.firstBreak).toBe(1);
		expect(a.problems[0]).toMatchObject({
			code: 'window-too-large',
			layer: 1,
			input: 4,
			fixes: [{ window: 4 }]
		});
	});

	it('a dilated kernel whose span is too wide offers a smaller dilation', () => {
		const a = analyseDesign(
			design(
				{ kind: 'conv', filters: 1, kernel: 5, stride: 1, padding: 0, dilation: 8 },
				newLayer('flatten'),
				dense10
			)
		);
		expect(a.problems[0]).toMatchObject({ code: 'kernel-too-large', span: 33, dilation: 8 });
		const problem = a.problems[0];
		if (problem.code !== 'kernel-too-large') throw new Error('unreachable');
		expect(problem.fixes).toContainEqual({ dilation: 6 });
	});

	it('a dense layer on an image needs a flatten; a convolution after flatten needs an image', () => {
		expect(analyseDesign(design(dense10)).problems[0]).toEqual({
			code: 'needs-flatten',
			layer: 0,
			shape: [1, 28, 28]
		});
		expect(
			analyseDesign(design(newLayer('flatten'), newLayer('conv'), dense10)).problems[0]
		).toEqual({ code: 'needs-image', layer: 1, shape: [784] });
	});

	it('a design must end in a dense layer of 10 units', () => {
		const a = analyseDesign(design(newLayer('flatten'), { kind: 'dense', units: 12 }));
		expect(a.buildable).toBe(true);
		expect(a.trainable).toBe(false);
		expect(a.problems).toEqual([{ code: 'needs-ten-outputs', layer: 1, kind: 'dense', units: 12 }]);
		expect(analyseDesign(design(newLayer('flatten'), dense10, newLayer('relu'))).problems).toEqual([
			{ code: 'needs-ten-outputs', layer: 2, kind: 'relu', units: null }
		]);
	});

	it('out-of-range, unknown and empty designs are facts, not crashes', () => {
		const bad = {
			layers: [
				{ kind: 'conv', filters: 0, kernel: 2.5, stride: 1, padding: 0, dilation: 1 },
				{ kind: 'softmax' },
				null,
				{ kind: 'leakyRelu', slope: Number.NaN }
			]
		} as unknown as Design;
		const a = analyseDesign(bad);
		expect(a.buildable).toBe(false);
		expect(a.problems.slice(0, 4)).toEqual([
			{ code: 'out-of-range', layer: 0, field: 'filters', value: 0, min: 1, max: 64, whole: true },
			{ code: 'out-of-range', layer: 0, field: 'kernel', value: 2.5, min: 1, max: 28, whole: true },
			{ code: 'unknown-kind', layer: 1, kind: 'softmax' },
			{ code: 'unknown-kind', layer: 2, kind: 'undefined' }
		]);
		expect(a.problems[4]).toMatchObject({ code: 'out-of-range', layer: 3, field: 'slope' });
		expect(analyseDesign({ layers: [] }).problems).toEqual([{ code: 'empty' }]);
		expect(analyseDesign(null as unknown as Design).problems).toEqual([{ code: 'empty' }]);
		expect(analyseDesign({ layers: Array(31).fill({ kind: 'relu' }) }).problems[0]).toEqual({
			code: 'too-many-layers',
			count: 31,
			max: 30
		});
	});
});

/** A random stack the engine can build (shapes checked by the analysis), from a seeded generator. */
function randomDesign(rng: Random): Design {
	const pick = <T>(items: readonly T[]): T => items[rng.int(items.length)];
	const layers: DesignLayer[] = [];
	const convolutions = rng.int(4);
	for (let i = 0; i < convolutions; i++) {
		layers.push({
			kind: 'conv',
			filters: 1 + rng.int(8),
			kernel: 1 + rng.int(5),
			stride: pick([1, 1, 1, 2, 3]),
			padding: rng.int(3),
			dilation: pick([1, 1, 2, 3])
		});
		layers.push(
			pick<DesignLayer>([{ kind: 'relu' }, { kind: 'tanh' }, { kind: 'leakyRelu', slope: 0.1 }])
		);
		if (rng.next() < 0.5) {
			const window = 1 + rng.int(3);
			layers.push({
				kind: pick(['maxPool', 'meanPool'] as const),
				window,
				stride: pick([window, 1, 2])
			});
		}
	}
	layers.push({ kind: 'flatten' });
	for (let i = rng.int(3); i > 0; i--) {
		layers.push({ kind: 'dense', units: 1 + rng.int(40) });
		layers.push({ kind: 'relu' });
	}
	layers.push({ kind: 'dense', units: 10 });
	return { layers };
}

describe('the table equals what the engine builds and runs', () => {
	function check(design: Design, seed: number): void {
		const analysis = analyseDesign(design);
		const model = buildDesign(design, seed);
		const rows = model.summary();
		expect(rows.map((r) => [...r.outputShape])).toEqual(analysis.layers.map((l) => l.outputShape));
		expect(rows.map((r) => r.parameters)).toEqual(analysis.layers.map((l) => l.parameters));
		expect(model.parameterCount()).toBe(analysis.totals.parameters);
		// Run it: every layer's real output has the analysed shape.
		const rng = createRandom(seed);
		const x = new Float32Array(784).map(() => rng.next());
		const activity = model.inspect({ shape: [2, 1, 28, 28], data: new Float32Array([...x, ...x]) });
		expect(activity.map((a) => a.output.shape.slice(1))).toEqual(
			analysis.layers.map((l) => l.outputShape)
		);
	}

	it('for the buildable presets', () => {
		for (const id of ['lenet5', 'tiny', 'dense'] as PresetId[]) check(DESIGN_PRESETS[id], 7);
	});

	it('for 300 seeded random stacks the engine can build (and each layer kind is covered)', () => {
		const rng = createRandom(2024);
		let built = 0;
		let tried = 0;
		const kinds = new Set<string>();
		while (built < 300) {
			tried++;
			const design = randomDesign(rng);
			if (!analyseDesign(design).buildable) {
				expect(() => buildDesign(design, tried)).toThrow();
				continue;
			}
			check(design, tried);
			design.layers.forEach((l) => kinds.add(l.kind));
			built++;
		}
		expect([...kinds].sort()).toEqual(
			['conv', 'dense', 'flatten', 'leakyRelu', 'maxPool', 'meanPool', 'relu', 'tanh'].sort()
		);
		expect(tried).toBeGreaterThan(built); // some random stacks broke, and were refused
	});

	it('every field of every kind has a range the editor can show', () => {
		expect(fieldsOf('conv').map((f) => f.name)).toEqual([
			'filters',
			'kernel',
			'stride',
			'padding',
			'dilation'
		]);
		expect(fieldsOf('relu')).toEqual([]);
	});
});
