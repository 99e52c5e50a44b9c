/**
 * What a network looks at: saliency against centred finite differences (a playground design and
 * LeNet-5), occlusion on a hand-checkable linear model, the summary of the pixels that mattered, and the
 * build budget.
 */
import { describe, expect, it } from 'vitest';
import { createLeNet5 } from '../../../src/lib/engine/lenet';
import type { Sequential } from '../../../src/lib/engine/model';
import {
	buildDesign,
	type Design,
	DESIGN_BUDGET,
	DESIGN_PRESETS,
	designBudget,
	occlusion,
	saliency,
	summariseImportance
} from '../../../src/lib/engine/playground';
import { createRandom } from '../../../src/lib/engine/random';

function randomImage(seed: number): Float32Array {
	const rng = createRandom(seed);
	return new Float32Array(784).map(() => rng.next());
}

function score(model: Sequential, image: Float32Array, classIndex: number): number {
	return model.forward({ shape: [1, 1, 28, 28], data: image }, false).data[classIndex];
}

/** Centred difference (f(x + h) - f(x - h)) / 2h at one pixel. */
function finiteDifference(
	model: Sequential,
	image: Float32Array,
	pixel: number,
	k: number
): number {
	// Small enough not to cross a ReLU or max-pooling switch, large enough for float32.
	const h = 1e-3;
	const up = new Float32Array(image);
	const down = new Float32Array(image);
	up[pixel] += h;
	down[pixel] -= h;
	return (score(model, up, k) - score(model, down, k)) / (2 * h);
}

function checkAgainstDifferences(model: Sequential, seed: number, classIndex: number): void {
	const image = randomImage(seed);
	const result = saliency(model, image, classIndex);
	expect(result.classIndex).toBe(classIndex);
	expect(result.score).toBeCloseTo(score(model, image, classIndex), 5);
	// The strongest pixels and a few chosen at random.
	const strongest = Array.from(result.gradient.keys())
		.sort((a, b) => Math.abs(result.gradient[b]) - Math.abs(result.gradient[a]))
		.slice(0, 4);
	const rng = createRandom(seed + 1);
	const pixels = [...strongest, ...Array.from({ length: 4 }, () => rng.int(784))];
	for (const pixel of pixels) {
		const numeric = finiteDifference(model, image, pixel, classIndex);
		const analytic = result.gradient[pixel];
		expect(Math.abs(numeric - analytic)).toBeLessThan(2e-3 + 2e-2 * Math.abs(analytic));
	}
	expect(result.largest).toBeGreaterThan(0);
}

describe('saliency', () => {
	it('equals centred finite differences on a tanh / mean-pool / leaky-ReLU design', () => {
		const design: Design = {
			layers: [
				{ kind: 'conv', filters: 3, kernel: 3, stride: 1, padding: 1, dilation: 2 },
				{ kind: 'tanh' },
				{ kind: 'meanPool', window: 2, stride: 2 },
				{ kind: 'conv', filters: 4, kernel: 3, stride: 2, padding: 1, dilation: 1 },
				{ kind: 'leakyRelu', slope: 0.1 },
				{ kind: 'flatten' },
				{ kind: 'dense', units: 10 }
			]
		};
		checkAgainstDifferences(buildDesign(design, 5), 11, 3);
	});

	it('equals centred finite differences on LeNet-5 (lesson 12 shows the same panel)', () => {
		checkAgainstDifferences(createLeNet5(createRandom(3)), 21, 7);
	});

	it('without a class, explains the model’s own answer; probabilities sum to 1', () => {
		const model = buildDesign(DESIGN_PRESETS.tiny, 2);
		const result = saliency(model, randomImage(4));
		expect(result.classIndex).toBe(result.predicted);
		expect(result.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
		expect(result.summary.top).toHaveLength(40);
	});

	it('is the weight row of a linear model; bad classes and images are refused clearly', () => {
		const model = buildDesign({ layers: [{ kind: 'flatten' }, { kind: 'dense', units: 10 }] }, 1);
		const weights = model.layer('fc1').parameters()[0].value.data;
		const result = saliency(model, randomImage(1), 6);
		expect(Array.from(result.gradient)).toEqual(Array.from(weights.subarray(6 * 784, 7 * 784)));
		expect(() => saliency(model, randomImage(1), 10)).toThrow(/from 0 to 9/);
		expect(() => saliency(model, new Float32Array(10), 1)).toThrow(/784/);
	});
});

describe('occlusion', () => {
	/** Class 3's score is the sum of the top-left 14 x 14 quarter; every other weight is 0. */
	function quarterModel(): Sequential {
		const model = buildDesign({ layers: [{ kind: 'flatten' }, { kind: 'dense', units: 10 }] }, 1);
		const [weights, bias] = model.layer('fc1').parameters();
		weights.value.data.fill(0);
		bias.value.data.fill(0);
		for (let y = 0; y < 14; y++) {
			for (let x = 0; x < 14; x++) weights.value.data[3 * 784 + y * 28 + x] = 1;
		}
		return model;
	}

	it('hiding the top-left quarter of an all-ones image drops class 3 by 196, other quarters by 0', () => {
		const result = occlusion(quarterModel(), new Float32Array(784).fill(1), {
			patch: 14,
			classIndex: 3,
			summaryCount: 196
		});
		expect(result.score).toBe(196);
		expect([result.rows, result.columns]).toEqual([2, 2]);
		expect(Array.from(result.drop)).toEqual([196, 0, 0, 0]);
		expect(result.perPixel[0]).toBe(196);
		expect(result.perPixel[27 * 28 + 27]).toBe(0);
		expect(result.summary.box).toEqual({ top: 0, left: 0, bottom: 13, right: 13 });
		expect(result.summary.region).toEqual({ vertical: 'top', horizontal: 'left' });
	});

	it('overlapping patches: each drop counts the quarter’s pixels it hides; per pixel, the mean', () => {
		const result = occlusion(quarterModel(), new Float32Array(784).fill(1), {
			patch: 7,
			stride: 7,
			classIndex: 3
		});
		expect([result.rows, result.columns]).toEqual([4, 4]);
		expect(Array.from(result.drop.subarray(0, 4))).toEqual([49, 49, 0, 0]);
		const shifted = occlusion(quarterModel(), new Float32Array(784).fill(1), {
			patch: 4,
			stride: 3,
			classIndex: 3,
			batch: 5
		});
		// Positions 0, 3, ..., 24: the patch at column 12 covers columns 12-15, two inside the quarter.
		expect(shifted.columns).toBe(9);
		expect(shifted.drop[4]).toBe(8);
		expect(shifted.drop[5]).toBe(0);
	});

	it('works on LeNet-5; a patch larger than the image is the engine’s shape error', () => {
		const model = createLeNet5(createRandom(1));
		const result = occlusion(model, randomImage(2), { patch: 7, stride: 7 });
		expect(result.drop).toHaveLength(16);
		expect(() => occlusion(model, randomImage(2), { patch: 29 })).toThrow(/larger than/);
	});
});

describe('summariseImportance', () => {
	it('top pixels, box, weighted centre, region and share', () => {
		const map = new Float32Array(9);
		map[8] = 3;
		map[5] = 1;
		map[0] = -5;
		const s = summariseImportance(map, 3, 3, 2);
		expect(s.top).toEqual([
			{ row: 2, column: 2, value: 3 },
			{ row: 1, column: 2, value: 1 }
		]);
		expect(s.box).toEqual({ top: 1, left: 2, bottom: 2, right: 2 });
		expect(s.centre).toEqual({ row: 1.75, column: 2 });
		expect(s.region).toEqual({ vertical: 'bottom', horizontal: 'right' });
		expect(s.share).toBe(1);
		expect(summariseImportance(new Float32Array(4), 2, 2).box).toBeNull();
	});
});

describe('designBudget', () => {
	it('LeNet-5 and the presets fit; their needs', () => {
		const report = designBudget(DESIGN_PRESETS.lenet5);
		expect(report.fits).toBe(true);
		expect(report.needs.parameters).toBe(61706);
		expect(report.needs.multiplyAddsPerExample).toBe(416520);
		expect(report.needs.trainingBytesPerExample).toBeLessThan(
			DESIGN_BUDGET.trainingBytesPerExample
		);
		expect(designBudget(DESIGN_PRESETS.tiny).fits).toBe(true);
		expect(designBudget(DESIGN_PRESETS.dense).fits).toBe(true);
	});

	it('refuses a design too large, saying which limits and by how much', () => {
		const big: Design = {
			layers: [
				{ kind: 'conv', filters: 64, kernel: 3, stride: 1, padding: 1, dilation: 1 },
				{ kind: 'relu' },
				{ kind: 'conv', filters: 64, kernel: 5, stride: 1, padding: 2, dilation: 1 },
				{ kind: 'relu' },
				{ kind: 'flatten' },
				{ kind: 'dense', units: 1024 },
				{ kind: 'dense', units: 10 }
			]
		};
		const report = designBudget(big);
		expect(report.fits).toBe(false);
		expect(report.over.map((o) => o.limit)).toEqual([
			'parameters',
			'trainingBytesPerExample',
			'multiplyAddsPerExample'
		]);
		const parameters = report.over[0];
		expect(parameters.needed).toBe(640 + 102464 + 50176 * 1024 + 1024 + 10250);
		expect(parameters.ratio).toBeCloseTo(parameters.needed / 1_000_000, 10);
	});

	it('a broken design is not buildable, so it does not fit', () => {
		const report = designBudget(DESIGN_PRESETS.broken);
		expect(report).toMatchObject({ fits: false, buildable: false });
	});
});
