/**
 * A network the reader designs for 28 x 28 digits, as plain data, and what the engine says about it:
 * every layer's input and output shape, parameters, multiply-adds and the numbers of the output-size
 * formula, the totals, and the problems, each at the layer where it appears, as structured facts.
 *
 * Shapes are checked by shape.ts (convOutputSize, convFit) and the pooling layers' own `pooledSize`,
 * never re-derived here: a break is the ShapeError they throw, and a suggested fix is a setting they
 * accept. Costs follow architectures.ts and lessons/convCost.ts: a multiply-add per weight per output
 * position for convolutions and dense layers; pooling and activations count none.
 */
import { DIGIT_SHAPE } from '../lenet';
import { pooledSize } from '../layers';
import { dilatedCost, standardCost } from '../lessons/convCost';
import { convFit, effectiveKernel, ShapeError } from '../shape';

/** One layer of a design. Pooling windows are square and never padded; a pooled edge is dropped. */
export type DesignLayer =
	| {
			kind: 'conv';
			/** Output channels (feature maps). */
			filters: number;
			kernel: number;
			stride: number;
			padding: number;
			dilation: number;
	  }
	| { kind: 'maxPool' | 'meanPool'; window: number; stride: number }
	| { kind: 'relu' | 'tanh' | 'flatten' }
	| { kind: 'leakyRelu'; slope: number }
	| { kind: 'dense'; units: number };

export type DesignLayerKind = DesignLayer['kind'];

/** A stack of layers for one [1, 28, 28] digit, first layer first. */
export interface Design {
	layers: DesignLayer[];
}

/** Shape of the input every design takes: one 28 x 28 digit. */
export const DESIGN_INPUT: readonly [number, number, number] = [...DIGIT_SHAPE];

/** Classes a digit network answers (its last layer: dense, 10 units). */
export const DIGIT_CLASSES = 10;

/** A range of whole numbers (or, for a slope, of numbers with at most 3 decimals). */
export interface FieldRange {
	min: number;
	max: number;
	/** True: whole numbers only. False: multiples of 0.001. */
	whole: boolean;
}

/**
 * What the editor and the link accept. The ranges keep every design small enough to analyse instantly;
 * whether it is small enough to train is `designBudget`'s question. Kernels and windows may reach the
 * full 28 pixels so that a too-large one is an analysed mistake, not a refused setting.
 */
export const DESIGN_LIMITS = {
	layers: 30,
	conv: {
		filters: { min: 1, max: 64, whole: true },
		kernel: { min: 1, max: 28, whole: true },
		stride: { min: 1, max: 28, whole: true },
		padding: { min: 0, max: 14, whole: true },
		dilation: { min: 1, max: 14, whole: true }
	},
	pool: {
		window: { min: 1, max: 28, whole: true },
		stride: { min: 1, max: 28, whole: true }
	},
	leakyRelu: { slope: { min: 0.001, max: 0.99, whole: false } },
	dense: { units: { min: 1, max: 1024, whole: true } }
} as const satisfies {
	layers: number;
	conv: Record<string, FieldRange>;
	pool: Record<string, FieldRange>;
	leakyRelu: Record<string, FieldRange>;
	dense: Record<string, FieldRange>;
};

/** The layer kinds a design may use, in the editor's order. */
export const DESIGN_KINDS: readonly DesignLayerKind[] = [
	'conv',
	'maxPool',
	'meanPool',
	'relu',
	'leakyRelu',
	'tanh',
	'flatten',
	'dense'
];

/** A settable field of a layer and its range. `fieldsOf('conv')[0].name === 'filters'` */
export function fieldsOf(kind: DesignLayerKind): { name: string; range: FieldRange }[] {
	const table: Record<string, FieldRange> =
		kind === 'conv'
			? DESIGN_LIMITS.conv
			: kind === 'maxPool' || kind === 'meanPool'
				? DESIGN_LIMITS.pool
				: kind === 'leakyRelu'
					? DESIGN_LIMITS.leakyRelu
					: kind === 'dense'
						? DESIGN_LIMITS.dense
						: {};
	return Object.entries(table).map(([name, range]) => ({ name, range }));
}

/**
 * A new layer of a kind with the editor's starting values. `newLayer('conv')` is 8 filters 3x3, padding 1.
 */
export function newLayer(kind: DesignLayerKind): DesignLayer {
	switch (kind) {
		case 'conv':
			return { kind, filters: 8, kernel: 3, stride: 1, padding: 1, dilation: 1 };
		case 'maxPool':
		case 'meanPool':
			return { kind, window: 2, stride: 2 };
		case 'leakyRelu':
			return { kind, slope: 0.01 };
		case 'dense':
			return { kind, units: 10 };
		default:
			return { kind };
	}
}

const conv = (
	filters: number,
	kernel: number,
	padding = 0,
	stride = 1,
	dilation = 1
): DesignLayer => ({
	kind: 'conv',
	filters,
	kernel,
	stride,
	padding,
	dilation
});
const maxPool = (window: number, stride = window): DesignLayer => ({
	kind: 'maxPool',
	window,
	stride
});
const relu: DesignLayer = { kind: 'relu' };
const flatten: DesignLayer = { kind: 'flatten' };
const dense = (units: number): DesignLayer => ({ kind: 'dense', units });

export type PresetId = 'lenet5' | 'tiny' | 'dense' | 'broken';

/**
 * The designs the playground starts from. LeNet-5 is lenet.ts's network layer for layer (61,706
 * parameters); 'tiny' two 3x3 convolutions (4,266 parameters); 'dense' no convolution at all; 'broken'
 * a third 5x5 convolution that meets a 4 x 4 input. `DESIGN_PRESETS.lenet5.layers.length === 12`
 */
export const DESIGN_PRESETS: Readonly<Record<PresetId, Design>> = {
	lenet5: {
		layers: [
			conv(6, 5, 2),
			relu,
			maxPool(2),
			conv(16, 5),
			relu,
			maxPool(2),
			flatten,
			dense(120),
			relu,
			dense(84),
			relu,
			dense(10)
		]
	},
	tiny: {
		layers: [conv(4, 3, 1), relu, maxPool(2), conv(8, 3, 1), relu, maxPool(2), flatten, dense(10)]
	},
	dense: { layers: [flatten, dense(64), relu, dense(10)] },
	broken: {
		layers: [
			conv(8, 5),
			relu,
			maxPool(2),
			conv(16, 5),
			relu,
			maxPool(2),
			conv(32, 5),
			relu,
			flatten,
			dense(10)
		]
	}
};

/** A copy of a design that shares nothing with it (the editor's state must not alias a preset). */
export function copyDesign(design: Design): Design {
	return { layers: design.layers.map((layer) => ({ ...layer })) };
}

/** The numbers of O = (I - k̂ + 2P) / S + 1 for one layer (both axes are the same: square input). */
export interface OutputSizeFormula {
	/** I: input height (= width). */
	input: number;
	/** K: kernel (or pooling window). */
	kernel: number;
	/** D: dilation (1 for pooling). */
	dilation: number;
	/** k̂ = K + (K - 1)(D - 1): the span of the kernel on the input. */
	span: number;
	/** P: zeros added on each side (0 for pooling). */
	padding: number;
	/** S: stride. */
	stride: number;
	/** I - k̂ + 2P: negative when the kernel does not fit. */
	numerator: number;
	/** O, rounded down; null when the kernel does not fit. */
	output: number | null;
	/** numerator mod S: rows (and columns) left after the last window; null when it does not fit. */
	remainder: number | null;
}

/** Why a design cannot be built, or cannot be trained on digits, located at a layer. */
export type DesignProblem =
	| { code: 'empty' }
	| { code: 'too-many-layers'; count: number; max: number }
	| { code: 'unknown-kind'; layer: number; kind: string }
	| {
			code: 'out-of-range';
			layer: number;
			field: string;
			value: unknown;
			min: number;
			max: number;
			whole: boolean;
	  }
	| {
			/** The kernel's span exceeds the (padded) input. Fixes: settings the engine accepts. */
			code: 'kernel-too-large';
			layer: number;
			input: number;
			kernel: number;
			dilation: number;
			span: number;
			padding: number;
			fixes: { kernel?: number; padding?: number; dilation?: number }[];
			/** shape.ts's own sentence (English), for reference. */
			engineMessage: string;
	  }
	| {
			code: 'window-too-large';
			layer: number;
			input: number;
			window: number;
			fixes: { window: number }[];
			engineMessage: string;
	  }
	| {
			/** The windows fit but some input rows/columns are never read (convFit's `fits` is false). */
			code: 'pixels-unread';
			layer: number;
			input: number;
			/** Row (= column) indices no window reads. */
			uncovered: number[];
			/** Of those, the ones between windows (jumped over) and the ones after the last window. */
			skipped: number[];
			leftOver: number[];
			remainder: number;
			fixes: { padding?: number; stride?: number; window?: number }[];
			engineMessage: string;
	  }
	| { code: 'needs-flatten'; layer: number; shape: number[] }
	| { code: 'needs-image'; layer: number; shape: number[] }
	| {
			/** The last layer must be dense with 10 units, one score per digit. */
			code: 'needs-ten-outputs';
			layer: number;
			kind: DesignLayerKind;
			/** The last layer's units when it is dense. */
			units: number | null;
	  };

export type DesignProblemCode = DesignProblem['code'];

/**
 * Problems that stop the engine from building the model at all; the others ('pixels-unread',
 * 'needs-ten-outputs') build but may not train on digits (issue 15: training waits until it fits).
 */
export const BUILD_STOPPERS: ReadonlySet<DesignProblemCode> = new Set([
	'empty',
	'too-many-layers',
	'unknown-kind',
	'out-of-range',
	'kernel-too-large',
	'window-too-large',
	'needs-flatten',
	'needs-image'
]);

/** Every fact about one layer. */
export interface LayerAnalysis {
	index: number;
	layer: DesignLayer;
	/** The engine's name for it when built: conv1, relu1, pool1, flatten, fc1... */
	name: string;
	/** One example, no batch axis; null after a break. */
	inputShape: number[] | null;
	outputShape: number[] | null;
	/** Weights and biases; null when unknown (a dense layer after a break). */
	parameters: number | null;
	/** Multiply-adds for one example; null when unknown. */
	multiplyAdds: number | null;
	/** Numbers this layer outputs for one example; null when unknown. */
	activations: number | null;
	/** Convolutions and poolings with a known input. */
	formula?: OutputSizeFormula;
	/** Problems located at this layer. */
	problems: DesignProblem[];
}

/** The whole table and its verdict. */
export interface DesignAnalysis {
	input: number[];
	layers: LayerAnalysis[];
	/** The last layer's output; null when a layer breaks. */
	output: number[] | null;
	/** Sums over the layers whose numbers are known (all of them when `buildable`). */
	totals: { parameters: number; multiplyAdds: number; activations: number };
	/** Every problem, first layer first. */
	problems: DesignProblem[];
	/** Index of the first layer with a build-stopping problem, or null. */
	firstBreak: number | null;
	/** No build-stopping problem: buildDesign makes the model. */
	buildable: boolean;
	/** No problem at all: the model can train on digits. */
	trainable: boolean;
}

function rangeProblems(layer: DesignLayer, index: number): DesignProblem[] {
	const problems: DesignProblem[] = [];
	const record = layer as unknown as Record<string, unknown>;
	for (const { name, range } of fieldsOf(layer.kind)) {
		const value = record[name];
		const ok =
			typeof value === 'number' &&
			Number.isFinite(value) &&
			value >= range.min &&
			value <= range.max &&
			(range.whole ? Number.isInteger(value) : Math.round(value * 1000) / 1000 === value);
		if (!ok) {
			problems.push({
				code: 'out-of-range',
				layer: index,
				field: name,
				value,
				min: range.min,
				max: range.max,
				whole: range.whole
			});
		}
	}
	return problems;
}

/** Engine layer names, as lenet.ts names LeNet's: conv1, relu1, pool1, ..., flatten, fc1, ... */
export function layerNames(design: Design): string[] {
	const counts = new Map<string, number>();
	return design.layers.map((layer) => {
		const base =
			layer.kind === 'conv'
				? 'conv'
				: layer.kind === 'maxPool' || layer.kind === 'meanPool'
					? 'pool'
					: layer.kind === 'dense'
						? 'fc'
						: layer.kind === 'leakyRelu'
							? 'leakyrelu'
							: layer.kind;
		const n = (counts.get(base) ?? 0) + 1;
		counts.set(base, n);
		return base === 'flatten' && n === 1 ? 'flatten' : `${base}${n}`;
	});
}

function poolWorks(input: number, window: number, stride: number): boolean {
	try {
		pooledSize('pool', input, { size: window, stride, padding: 0, edge: 'drop' });
		return true;
	} catch (error) {
		if (error instanceof ShapeError) return false;
		throw error;
	}
}

function fitFixesForPool(
	input: number,
	window: number,
	stride: number,
	fitFixes: { padding?: number; stride?: number }[]
): { stride?: number; window?: number }[] {
	// Pooling has no padding here: keep the stride fixes and look for the nearest window, with this
	// stride, whose windows read every row and leave nothing over (convFit is the judge).
	const fixes: { stride?: number; window?: number }[] = fitFixes.filter(
		(fix) => fix.stride !== undefined
	);
	for (let delta = 1; delta < input; delta++) {
		for (const w of [window - delta, window + delta]) {
			if (w < 1 || w > input || w > DESIGN_LIMITS.pool.window.max) continue;
			if (convFit({ input, kernel: w, stride }).fits) return [...fixes, { window: w }];
		}
	}
	return fixes;
}

function formulaOf(
	input: number,
	kernel: number,
	dilation: number,
	padding: number,
	stride: number,
	output: number | null,
	remainder: number | null
): OutputSizeFormula {
	const span = effectiveKernel(kernel, dilation);
	return {
		input,
		kernel,
		dilation,
		span,
		padding,
		stride,
		numerator: input - span + 2 * padding,
		output,
		remainder
	};
}

interface Step {
	output: number[] | null;
	parameters: number | null;
	multiplyAdds: number | null;
	formula?: OutputSizeFormula;
	problems: DesignProblem[];
}

function analyseConv(
	layer: Extract<DesignLayer, { kind: 'conv' }>,
	index: number,
	shape: number[]
): Step {
	if (shape.length !== 3) {
		return {
			output: null,
			parameters: null,
			multiplyAdds: null,
			problems: [{ code: 'needs-image', layer: index, shape }]
		};
	}
	const [channels, input] = shape;
	const { filters, kernel, stride, padding, dilation } = layer;
	const costShape = { input, inChannels: channels, outChannels: filters, kernel, stride, padding };
	const parameters = channels * filters * kernel * kernel + filters;
	try {
		const cost = dilation === 1 ? standardCost(costShape) : dilatedCost({ ...costShape, dilation });
		const fit = convFit({ input, kernel, stride, padding, dilation });
		const problems: DesignProblem[] = [];
		if (!fit.fits) {
			problems.push({
				code: 'pixels-unread',
				layer: index,
				input,
				uncovered: fit.uncovered,
				skipped: fit.skipped,
				leftOver: fit.leftOver,
				remainder: fit.remainder,
				fixes: fit.fixes,
				engineMessage: fit.message
			});
		}
		return {
			output: [filters, cost.output, cost.output],
			parameters: cost.parameters,
			multiplyAdds: cost.multiplyAdds,
			formula: formulaOf(input, kernel, dilation, padding, stride, cost.output, fit.remainder),
			problems
		};
	} catch (error) {
		if (!(error instanceof ShapeError)) throw error;
		// shape.ts's facts say how far each setting may go; keep the fixes the editor accepts.
		const facts = error.problem?.kind === 'kernel-too-large' ? error.problem : null;
		const fixes: { kernel?: number; padding?: number; dilation?: number }[] = [];
		if (facts && facts.largestKernel >= 1) fixes.push({ kernel: facts.largestKernel });
		if (facts && facts.paddingNeeded <= DESIGN_LIMITS.conv.padding.max) {
			fixes.push({ padding: facts.paddingNeeded });
		}
		if (facts && dilation > 1 && facts.largestDilation >= 1) {
			fixes.push({ dilation: facts.largestDilation });
		}
		return {
			output: null,
			parameters,
			multiplyAdds: null,
			formula: formulaOf(input, kernel, dilation, padding, stride, null, null),
			problems: [
				{
					code: 'kernel-too-large',
					layer: index,
					input,
					kernel,
					dilation,
					span: effectiveKernel(kernel, dilation),
					padding,
					fixes,
					engineMessage: error.message
				}
			]
		};
	}
}

function analysePool(
	layer: Extract<DesignLayer, { kind: 'maxPool' | 'meanPool' }>,
	index: number,
	shape: number[]
): Step {
	if (shape.length !== 3) {
		return {
			output: null,
			parameters: 0,
			multiplyAdds: 0,
			problems: [{ code: 'needs-image', layer: index, shape }]
		};
	}
	const [channels, input] = shape;
	const { window, stride } = layer;
	try {
		const output = pooledSize('pool', input, { size: window, stride, padding: 0, edge: 'drop' });
		// A dropped-edge pooling visits the input as a convolution with the same window and stride.
		const fit = convFit({ input, kernel: window, stride });
		const problems: DesignProblem[] = [];
		if (!fit.fits) {
			problems.push({
				code: 'pixels-unread',
				layer: index,
				input,
				uncovered: fit.uncovered,
				skipped: fit.skipped,
				leftOver: fit.leftOver,
				remainder: fit.remainder,
				fixes: fitFixesForPool(input, window, stride, fit.fixes),
				engineMessage: fit.message
			});
		}
		return {
			output: [channels, output, output],
			parameters: 0,
			multiplyAdds: 0,
			formula: formulaOf(input, window, 1, 0, stride, output, fit.remainder),
			problems
		};
	} catch (error) {
		if (!(error instanceof ShapeError)) throw error;
		const fixes: { window: number }[] = [];
		for (let w = window - 1; w >= 1; w--) {
			if (poolWorks(input, w, stride)) {
				fixes.push({ window: w });
				break;
			}
		}
		return {
			output: null,
			parameters: 0,
			multiplyAdds: 0,
			formula: formulaOf(input, window, 1, 0, stride, null, null),
			problems: [
				{
					code: 'window-too-large',
					layer: index,
					input,
					window,
					fixes,
					engineMessage: error.message
				}
			]
		};
	}
}

function analyseLayer(layer: DesignLayer, index: number, shape: number[]): Step {
	switch (layer.kind) {
		case 'conv':
			return analyseConv(layer, index, shape);
		case 'maxPool':
		case 'meanPool':
			return analysePool(layer, index, shape);
		case 'relu':
		case 'leakyRelu':
		case 'tanh':
			return { output: [...shape], parameters: 0, multiplyAdds: 0, problems: [] };
		case 'flatten':
			return {
				output: [shape.reduce((a, b) => a * b, 1)],
				parameters: 0,
				multiplyAdds: 0,
				problems: []
			};
		case 'dense': {
			if (shape.length !== 1) {
				return {
					output: null,
					parameters: null,
					multiplyAdds: null,
					problems: [{ code: 'needs-flatten', layer: index, shape }]
				};
			}
			return {
				output: [layer.units],
				parameters: shape[0] * layer.units + layer.units,
				multiplyAdds: shape[0] * layer.units,
				problems: []
			};
		}
	}
}

/** Parameters of a layer that do not depend on its input (a convolution needs only its channels). */
function knownWithoutInput(layer: DesignLayer): number | null {
	switch (layer.kind) {
		case 'dense':
		case 'conv':
			return null;
		default:
			return 0;
	}
}

/**
 * Every layer's shapes, parameters, multiply-adds and output-size formula, the totals, and the problems
 * (structured, at the layer where they appear). Never throws, whatever the design holds.
 * `analyseDesign(DESIGN_PRESETS.lenet5).totals.parameters === 61706`
 */
export function analyseDesign(design: Design): DesignAnalysis {
	const layers: LayerAnalysis[] = [];
	const problems: DesignProblem[] = [];
	const list: unknown = (design as { layers?: unknown } | null)?.layers;
	const input = [...DESIGN_INPUT];
	const stack: DesignLayer[] = Array.isArray(list) ? (list as DesignLayer[]) : [];
	if (stack.length === 0) problems.push({ code: 'empty' });
	if (stack.length > DESIGN_LIMITS.layers) {
		problems.push({ code: 'too-many-layers', count: stack.length, max: DESIGN_LIMITS.layers });
	}
	const names = layerNames({
		layers: stack.map((layer) =>
			DESIGN_KINDS.includes((layer as { kind?: DesignLayerKind } | null)?.kind as DesignLayerKind)
				? layer
				: ({ kind: 'relu' } as DesignLayer)
		)
	});
	let shape: number[] | null = input;
	stack.forEach((layer, index) => {
		const kind = (layer as { kind?: unknown } | null)?.kind;
		let step: Step;
		if (!DESIGN_KINDS.includes(kind as DesignLayerKind)) {
			step = {
				output: null,
				parameters: null,
				multiplyAdds: null,
				problems: [{ code: 'unknown-kind', layer: index, kind: String(kind) }]
			};
		} else {
			const ranges = rangeProblems(layer, index);
			if (ranges.length > 0) {
				step = { output: null, parameters: null, multiplyAdds: null, problems: ranges };
			} else if (shape === null) {
				step = {
					output: null,
					parameters: knownWithoutInput(layer),
					multiplyAdds: knownWithoutInput(layer),
					problems: []
				};
			} else {
				step = analyseLayer(layer, index, shape);
			}
		}
		const inputShape = shape;
		shape = step.output;
		layers.push({
			index,
			layer,
			name: names[index],
			inputShape,
			outputShape: step.output,
			parameters: step.parameters,
			multiplyAdds: step.multiplyAdds,
			activations: step.output ? step.output.reduce((a, b) => a * b, 1) : null,
			...(step.formula ? { formula: step.formula } : {}),
			problems: step.problems
		});
		problems.push(...step.problems);
	});
	const last = stack[stack.length - 1] as DesignLayer | undefined;
	if (last && DESIGN_KINDS.includes(last.kind)) {
		const isDigitHead = last.kind === 'dense' && last.units === DIGIT_CLASSES;
		if (!isDigitHead) {
			problems.push({
				code: 'needs-ten-outputs',
				layer: stack.length - 1,
				kind: last.kind,
				units: last.kind === 'dense' ? last.units : null
			});
			layers[stack.length - 1].problems.push(problems[problems.length - 1]);
		}
	}
	const sum = (key: 'parameters' | 'multiplyAdds' | 'activations') =>
		layers.reduce((n, l) => n + (l[key] ?? 0), 0);
	const breaking = problems.filter((p) => BUILD_STOPPERS.has(p.code));
	const firstBreak = layers.find((l) => l.problems.some((p) => BUILD_STOPPERS.has(p.code)));
	const buildable = breaking.length === 0;
	return {
		input,
		layers,
		output: buildable ? shape : null,
		totals: {
			parameters: sum('parameters'),
			multiplyAdds: sum('multiplyAdds'),
			activations: sum('activations')
		},
		problems,
		firstBreak: firstBreak ? firstBreak.index : null,
		buildable,
		trainable: problems.length === 0
	};
}
