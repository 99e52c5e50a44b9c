/**
 * What the engine says about a design: every layer's input and output shape, parameters, multiply-adds
 * and the numbers of the output-size formula, the totals, and the problems, each at the layer where it
 * appears, as structured facts (facts.ts).
 *
 * Shapes are checked by shape.ts (convOutputSize, convFit) and the pooling layers' own `pooledSize`,
 * never re-derived here: a break is the ShapeError they throw, and a suggested fix is a setting they
 * accept. Costs follow architectures.ts and lessons/convCost.ts: a multiply-add per weight per output
 * position for convolutions and dense layers; pooling and activations count none.
 */
import { pooledSize } from '../layers';
import { dilatedCost, standardCost } from '../lessons/convCost';
import { type ConvFit, convFit, effectiveKernel, ShapeError } from '../shape';
import {
	type Design,
	DESIGN_INPUT,
	type DesignLayer,
	type DesignLayerKind,
	DIGIT_CLASSES,
	layerNames
} from './design';
import {
	BUILD_STOPPERS,
	type DesignAnalysis,
	type DesignProblem,
	type LayerAnalysis,
	type OutputSizeFormula
} from './facts';
import { DESIGN_KINDS, DESIGN_LIMITS, rangeProblems } from './limits';

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

/** A layer that needs an image [channels, height, width] got `shape`: nothing more to say. */
function needsImage(index: number, shape: number[], counts: 0 | null): Step {
	return {
		output: null,
		parameters: counts,
		multiplyAdds: counts,
		problems: [{ code: 'needs-image', layer: index, shape }]
	};
}

/** The rows and columns no window reads (no problem when the windows fit), with the fixes to offer. */
function unreadPixels(
	index: number,
	input: number,
	fit: ConvFit,
	fixes: { padding?: number; stride?: number; window?: number }[]
): DesignProblem[] {
	if (fit.fits) return [];
	const { uncovered, skipped, leftOver, remainder, message } = fit;
	return [
		{
			code: 'pixels-unread',
			layer: index,
			input,
			uncovered,
			skipped,
			leftOver,
			remainder,
			fixes,
			engineMessage: message
		}
	];
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
		return needsImage(index, shape, null);
	}
	const [channels, input] = shape;
	const { filters, kernel, stride, padding, dilation } = layer;
	const costShape = { input, inChannels: channels, outChannels: filters, kernel, stride, padding };
	const parameters = channels * filters * kernel * kernel + filters;
	try {
		const cost = dilation === 1 ? standardCost(costShape) : dilatedCost({ ...costShape, dilation });
		const fit = convFit({ input, kernel, stride, padding, dilation });
		return {
			output: [filters, cost.output, cost.output],
			parameters: cost.parameters,
			multiplyAdds: cost.multiplyAdds,
			formula: formulaOf(input, kernel, dilation, padding, stride, cost.output, fit.remainder),
			problems: unreadPixels(index, input, fit, fit.fixes)
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
		return needsImage(index, shape, 0);
	}
	const [channels, input] = shape;
	const { window, stride } = layer;
	try {
		const output = pooledSize('pool', input, { size: window, stride, padding: 0, edge: 'drop' });
		// A dropped-edge pooling visits the input as a convolution with the same window and stride.
		const fit = convFit({ input, kernel: window, stride });
		return {
			output: [channels, output, output],
			parameters: 0,
			multiplyAdds: 0,
			formula: formulaOf(input, window, 1, 0, stride, output, fit.remainder),
			problems: unreadPixels(index, input, fit, fitFixesForPool(input, window, stride, fit.fixes))
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
