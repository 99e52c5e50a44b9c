/**
 * From a design to a trainable model made of the engine's own layers (the same Sequential that lenet.ts
 * builds and TrainingRun trains), and the size budget that refuses a design too large for a page.
 */
import {
	AvgPool2D,
	Conv2D,
	Dense,
	Flatten,
	type Initialiser,
	type Layer,
	LeakyReLU,
	MaxPool2D,
	ReLU,
	Tanh
} from '../layers';
import { Sequential } from '../model';
import { createRandom, type Random } from '../random';
import { analyseDesign } from './analysis';
import { type Design, DESIGN_INPUT } from './design';
import { BUILD_STOPPERS, type DesignAnalysis, type DesignProblem } from './facts';

/** A design the engine cannot build; `problems` are the analysis's build-stopping facts. */
export class DesignError extends Error {
	readonly problems: DesignProblem[];
	constructor(problems: DesignProblem[]) {
		super(
			`the design cannot be built: ${problems.map((p) => ('layer' in p ? `${p.code} at layer ${p.layer}` : p.code)).join(', ')}`
		);
		this.name = 'DesignError';
		this.problems = problems;
	}
}

/**
 * He initialisation suits ReLU-like activations; a layer whose next activation is tanh starts with
 * Glorot's, which keeps tanh away from saturation (as the lessons on initialisation explain).
 */
function initialiserFor(design: Design, index: number): Initialiser {
	for (let i = index + 1; i < design.layers.length; i++) {
		const kind = design.layers[i].kind;
		if (kind === 'tanh') return 'glorot';
		if (kind === 'relu' || kind === 'leakyRelu' || kind === 'conv' || kind === 'dense') break;
	}
	return 'he';
}

/**
 * The model of a design, its weights drawn from `seed` in layer order, so LeNet-5's preset with seed s
 * is exactly `createLeNet5(createRandom(s))`. Throws a DesignError (with the structured problems) when
 * the analysis finds a build-stopping problem; a design that only leaves pixels unread, or does not end
 * in 10 scores, still builds (TrainingRun refuses the latter).
 * `const model = buildDesign(DESIGN_PRESETS.tiny, 42)`
 */
export function buildDesign(design: Design, seed: number | Random): Sequential {
	const analysis = analyseDesign(design);
	const stoppers = analysis.problems.filter((p) => BUILD_STOPPERS.has(p.code));
	if (stoppers.length > 0) throw new DesignError(stoppers);
	const rng = typeof seed === 'number' ? createRandom(seed) : seed;
	const layers: Layer[] = analysis.layers.map((row, index): Layer => {
		const { layer, name } = row;
		const inputShape = row.inputShape as number[];
		switch (layer.kind) {
			case 'conv':
				return new Conv2D(
					{
						inChannels: inputShape[0],
						outChannels: layer.filters,
						kernelSize: layer.kernel,
						stride: layer.stride,
						padding: layer.padding,
						dilation: layer.dilation
					},
					rng,
					initialiserFor(design, index),
					name
				);
			case 'maxPool':
				return new MaxPool2D({ size: layer.window, stride: layer.stride }, name);
			case 'meanPool':
				return new AvgPool2D({ size: layer.window, stride: layer.stride }, name);
			case 'relu':
				return new ReLU(name);
			case 'leakyRelu':
				return new LeakyReLU({ slope: layer.slope }, name);
			case 'tanh':
				return new Tanh(name);
			case 'flatten':
				return new Flatten(name);
			case 'dense':
				return new Dense(
					{ inputs: inputShape[0], outputs: layer.units },
					rng,
					initialiserFor(design, index),
					name
				);
		}
	});
	return new Sequential(layers, DESIGN_INPUT);
}

/**
 * The page's limits for one design. Why these numbers:
 * - parameters: training keeps six float32 copies of each (value, gradient, Adam's two moments,
 *   trainStep's snapshot, TrainingRun's last good weights): 24 bytes each, so 1,000,000 parameters hold
 *   24 MB, beside the digits, in a worker a phone may run. LeNet-5 has 61,706.
 * - training memory per example: each layer keeps its output and the gradient of its input, and a
 *   convolution its unrolled windows (in·K²·O² numbers) for backward; 2 MB per example is 64 MB for a
 *   batch of 32 plus the evaluation batch of 100 (inference keeps no gradient), what a tab can spare.
 *   LeNet-5 needs 261,512 bytes (0.26 MB).
 * - multiply-adds per example: a training step costs about three forward passes; the JavaScript
 *   kernels reach a few GFLOP/s (docs: TOOLCHAIN, 'plain JavaScript peaks near 5'), so 20 M per example
 *   is about a second per batch of 32: a few hundred steps in minutes, the longest a reader should
 *   wait. LeNet-5 needs 416,520, 48 times less.
 */
export const DESIGN_BUDGET = {
	parameters: 1_000_000,
	trainingBytesPerExample: 2 * 1024 * 1024,
	multiplyAddsPerExample: 20_000_000
} as const;

export type BudgetLimit = keyof typeof DESIGN_BUDGET;

/** What a design needs against the page's limits. */
export interface BudgetReport {
	/** True when the design is buildable and within every limit. */
	fits: boolean;
	/** False when the analysis found a build-stopping problem (nothing else is measured then). */
	buildable: boolean;
	needs: Record<BudgetLimit, number>;
	limits: typeof DESIGN_BUDGET;
	/** The limits passed, with how far: `ratio` = needed / limit (> 1). */
	over: { limit: BudgetLimit; needed: number; allowed: number; ratio: number }[];
}

/**
 * Float32 numbers training keeps per example: every output and input gradient, and each convolution's
 * unrolled windows (the JavaScript kernels keep them for backward, the larger of the two backends).
 */
function trainingFloatsPerExample(analysis: DesignAnalysis): number {
	let floats = 0;
	for (const row of analysis.layers) {
		const output = row.activations ?? 0;
		const input = (row.inputShape ?? []).reduce((a, b) => a * b, 1);
		floats += output + input;
		if (row.layer.kind === 'conv' && row.inputShape && row.outputShape) {
			const windows = row.outputShape[1] * row.outputShape[2];
			floats += row.inputShape[0] * row.layer.kernel * row.layer.kernel * windows;
		}
	}
	return floats;
}

/**
 * Whether the page can train a design: parameters, training memory per example, multiply-adds per
 * example, each against DESIGN_BUDGET, with which limit is passed and by how much.
 * `designBudget(DESIGN_PRESETS.lenet5).fits === true`
 */
export function designBudget(design: Design): BudgetReport {
	const analysis = analyseDesign(design);
	const needs: Record<BudgetLimit, number> = {
		parameters: analysis.totals.parameters,
		trainingBytesPerExample: 4 * trainingFloatsPerExample(analysis),
		multiplyAddsPerExample: analysis.totals.multiplyAdds
	};
	const over = (Object.keys(DESIGN_BUDGET) as BudgetLimit[])
		.filter((limit) => needs[limit] > DESIGN_BUDGET[limit])
		.map((limit) => ({
			limit,
			needed: needs[limit],
			allowed: DESIGN_BUDGET[limit],
			ratio: needs[limit] / DESIGN_BUDGET[limit]
		}));
	return {
		fits: analysis.buildable && over.length === 0,
		buildable: analysis.buildable,
		needs,
		limits: DESIGN_BUDGET,
		over
	};
}
