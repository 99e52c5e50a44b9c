/**
 * The playground's sentences: the engine returns facts about a design (facts.ts, url.ts, build.ts,
 * attribution.ts) and these functions phrase them in English. Layers are numbered from 1 for the
 * reader. No arithmetic of the network happens here, only the words and the numbers' formats.
 */
import { grouped, percent, plural } from '$lib/figure/format';
import { m } from '$lib/paraglide/messages';
import type {
	BudgetReport,
	DesignLayer,
	DesignLayerKind,
	DesignProblem,
	DesignTextProblem,
	ImportanceSummary,
	OutputSizeFormula
} from '$lib/engine/playground';

const KIND_NAMES: Record<DesignLayerKind, string> = {
	conv: 'convolution',
	maxPool: 'max pooling',
	meanPool: 'mean pooling',
	relu: 'ReLU',
	leakyRelu: 'leaky ReLU',
	tanh: 'tanh',
	flatten: 'flatten',
	dense: 'dense'
};

/** The reader's name of a layer kind: 'conv' is "convolution". */
export function kindName(kind: DesignLayerKind): string {
	return KIND_NAMES[kind];
}

const FIELD_LABELS: Record<string, string> = {
	filters: 'Filters',
	kernel: 'Kernel',
	stride: 'Stride',
	padding: 'Padding',
	dilation: 'Dilation',
	window: 'Window',
	slope: 'Slope',
	units: 'Units'
};

/** The label of a layer's setting: 'units' is "Units". */
export function fieldLabel(field: string): string {
	return FIELD_LABELS[field] ?? field;
}

const FIELD_NOUNS: Record<string, string> = {
	filters: 'a number of filters',
	kernel: 'a kernel size',
	stride: 'a stride',
	padding: 'a padding',
	dilation: 'a dilation',
	window: 'a window size',
	slope: 'a slope',
	units: 'a number of units'
};

/** A setting with its article, for "“0” is not a number of units: …". */
export function fieldNoun(field: string): string {
	return FIELD_NOUNS[field] ?? `a ${field}`;
}

/** A shape as the lessons write it: [6, 28, 28] is "6 × 28 × 28". */
export function shapeText(shape: readonly number[]): string {
	return shape.join(' × ');
}

/** A layer in a few words: "convolution, 6 filters 5 × 5, padding 2". */
export function layerSummary(layer: DesignLayer): string {
	switch (layer.kind) {
		case 'conv': {
			const extras = [
				layer.stride !== 1 ? `stride ${layer.stride}` : '',
				layer.padding !== 0 ? `padding ${layer.padding}` : '',
				layer.dilation !== 1 ? `dilation ${layer.dilation}` : ''
			].filter(Boolean);
			return [
				`convolution, ${plural(layer.filters, 'filter')} ${layer.kernel} × ${layer.kernel}`,
				...extras
			].join(', ');
		}
		case 'maxPool':
		case 'meanPool':
			return `${kindName(layer.kind)} ${layer.window} × ${layer.window}${layer.stride !== layer.window ? `, stride ${layer.stride}` : ''}`;
		case 'leakyRelu':
			return `leaky ReLU, slope ${layer.slope}`;
		case 'dense':
			return `dense, ${plural(layer.units, 'unit')}`;
		default:
			return kindName(layer.kind);
	}
}

/**
 * The output-size formula with a layer's numbers: "O = (28 − 5 + 2 × 2) / 1 + 1 = 28". With a
 * dilation, the kernel's span comes first; a kernel that does not fit says so.
 */
export function formulaText(f: OutputSizeFormula): string {
	const span =
		f.dilation > 1 ? `k̂ = ${f.kernel} + (${f.kernel} − 1) × (${f.dilation} − 1) = ${f.span}; ` : '';
	const top = `${f.input} − ${f.span} + 2 × ${f.padding}`;
	if (f.output === null)
		return `${span}O = (${top}) / ${f.stride} + 1: ${top} = ${grouped(f.numerator)} < 0`;
	const rest = f.remainder ? ` (${f.numerator} / ${f.stride} leaves ${f.remainder})` : '';
	return `${span}O = (${top}) / ${f.stride} + 1 = ${f.output}${rest}`;
}

function list(values: readonly number[]): string {
	const shown = values.map((v) => String(v + 1));
	if (shown.length <= 1) return shown.join('');
	return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** A problem of a design as a sentence, its layer numbered from 1. */
export function problemSentence(problem: DesignProblem): string {
	switch (problem.code) {
		case 'empty':
			return 'The network has no layer: add one, or start from a preset.';
		case 'too-many-layers':
			return `The network has ${problem.count} layers; the playground takes at most ${problem.max}.`;
		case 'unknown-kind':
			return `Layer ${problem.layer + 1} is of a kind the playground does not know (“${problem.kind}”).`;
		case 'out-of-range':
			return `Layer ${problem.layer + 1}: ${fieldLabel(problem.field).toLowerCase()} ${String(problem.value)} is not possible: use ${problem.whole ? 'a whole number' : 'a number'} from ${problem.min} to ${problem.max}.`;
		case 'kernel-too-large': {
			const span =
				problem.dilation > 1
					? `a kernel of ${problem.kernel} with dilation ${problem.dilation} spans ${problem.span} pixels`
					: `a ${problem.kernel} × ${problem.kernel} kernel`;
			const input =
				problem.padding > 0
					? `${problem.input} × ${problem.input} input with padding ${problem.padding} (${problem.input + 2 * problem.padding} wide)`
					: `${problem.input} × ${problem.input} input`;
			return `Layer ${problem.layer + 1} breaks the network: ${span} does not fit in its ${input}.`;
		}
		case 'window-too-large':
			return `Layer ${problem.layer + 1} breaks the network: a ${problem.window} × ${problem.window} pooling window does not fit in its ${problem.input} × ${problem.input} input.`;
		case 'pixels-unread': {
			const count = problem.uncovered.length;
			const where =
				problem.leftOver.length === count
					? 'left over after the last window'
					: problem.skipped.length === count
						? 'jumped over between windows'
						: 'never under a window';
			return `Layer ${problem.layer + 1} never reads ${plural(count, 'row')} and ${plural(count, 'column')} of its ${problem.input} × ${problem.input} input (number ${list(problem.uncovered)}, ${where}).`;
		}
		case 'needs-flatten':
			return `Layer ${problem.layer + 1} is dense but receives ${shapeText(problem.shape)} maps: a flatten layer must come before it.`;
		case 'needs-image':
			return `Layer ${problem.layer + 1} slides over maps, but receives a row of ${grouped(problem.shape[0] ?? 0)} numbers: it must come before the flatten layer.`;
		case 'needs-ten-outputs':
			return `The last layer must be dense with 10 units, one score per digit; layer ${problem.layer + 1} is ${problem.units === null ? `a ${kindName(problem.kind)} layer` : `dense with ${plural(problem.units, 'unit')}`}.`;
	}
}

/** A fix the engine suggested, as a button's text: { padding: 2 } is "Use padding 2". */
export function fixLabel(fix: Record<string, number | undefined>): string {
	const parts = Object.entries(fix)
		.filter(([, value]) => value !== undefined)
		.map(([field, value]) => `${field} ${value}`);
	return `Use ${parts.join(' and ')}`;
}

/** Why a link's design text was refused, as the end of a sentence (settings.ts adds the rest). */
export function designTextProblem(problem: DesignTextProblem): string {
	switch (problem.code) {
		case 'empty':
			return 'the design is empty';
		case 'too-long':
			return `the design is ${problem.length} characters long, more than ${problem.max}`;
		case 'too-many-layers':
			return `the design has ${problem.count} layers, more than ${problem.max}`;
		case 'unknown-layer':
			return `layer ${problem.token + 1} (“${problem.text}”) is not a layer the playground knows`;
		case 'bad-field':
			return `layer ${problem.token + 1} (“${problem.text}”) has an unreadable ${problem.field}`;
		case 'repeated-field':
			return `layer ${problem.token + 1} (“${problem.text}”) gives its ${problem.field} twice`;
		case 'out-of-range':
			return `layer ${problem.token + 1}'s ${problem.field} ${problem.value} is outside ${problem.min} to ${problem.max}`;
	}
}

const BUDGET_WORDS = {
	parameters: (needed: number, allowed: number) =>
		`it has ${grouped(needed)} parameters, more than the ${grouped(allowed)} this page trains`,
	trainingBytesPerExample: (needed: number, allowed: number) =>
		`training it would keep ${(needed / 2 ** 20).toFixed(1)} MB per digit, more than the ${(allowed / 2 ** 20).toFixed(0)} MB a page can spare`,
	multiplyAddsPerExample: (needed: number, allowed: number) =>
		`one digit costs ${grouped(needed)} multiply-adds, more than the ${grouped(allowed)} that keep a training step near a second`
} as const;

/** Why a design is refused before training, or null when it fits. */
export function budgetSentence(report: BudgetReport): string | null {
	if (report.fits || report.over.length === 0) return null;
	const reasons = report.over.map((o) => BUDGET_WORDS[o.limit](o.needed, o.allowed));
	return `This design is too large to train in a page: ${reasons.join('; ')}. Use fewer filters or units, or pool earlier.`;
}

const PLACES = {
	top: {
		left: m.playground_place_top_left,
		centre: m.playground_place_top_centre,
		right: m.playground_place_top_right
	},
	middle: {
		left: m.playground_place_middle_left,
		centre: m.playground_place_middle_centre,
		right: m.playground_place_middle_right
	},
	bottom: {
		left: m.playground_place_bottom_left,
		centre: m.playground_place_bottom_centre,
		right: m.playground_place_bottom_right
	}
} as const;

/** Where the pixels that mattered most lie, as a sentence: "… in the top left (rows 3 to 9, …)". */
export function importanceSentence(summary: ImportanceSummary, what: string): string {
	if (!summary.box || !summary.region) return m.playground_importance_none({ what });
	const { vertical, horizontal } = summary.region;
	const { top, bottom, left, right } = summary.box;
	return m.playground_importance({
		what,
		count: summary.top.length,
		place: PLACES[vertical][horizontal](),
		top: top + 1,
		bottom: bottom + 1,
		left: left + 1,
		right: right + 1,
		share: percent(summary.share, 0)
	});
}
