/**
 * The facts the analysis returns about a design (analysis.ts): each layer's shapes, parameters,
 * multiply-adds and output-size formula, and the problems, each a structured fact at the layer where it
 * appears. The engine speaks no human language: the figures phrase these facts.
 */
import type { DesignLayer, DesignLayerKind } from './design';

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
