/**
 * The playground's sentences: the engine returns facts about a design (facts.ts, url.ts, build.ts,
 * attribution.ts) and these functions phrase them in the page's language. Layers are numbered from 1 for the
 * reader. No arithmetic of the network happens here, only the words and the numbers' formats.
 */
import { counted, type CountMessage, fixed, grouped, percent, plain } from '$lib/figure/format';
import { m } from '$lib/paraglide/messages';
import type {
	BudgetReport,
	DesignLayerKind,
	DesignProblem,
	DesignTextProblem,
	ImportanceSummary,
	OutputSizeFormula
} from '$lib/engine/playground';

// The names of functions (ReLU, tanh) are the same in both languages.
const KIND_NAMES: Record<DesignLayerKind, () => string> = {
	conv: m.playground_kind_conv,
	maxPool: m.playground_kind_max_pool,
	meanPool: m.playground_kind_mean_pool,
	relu: () => 'ReLU',
	leakyRelu: () => 'leaky ReLU',
	tanh: () => 'tanh',
	flatten: m.playground_kind_flatten,
	dense: m.playground_kind_dense
};

/** The reader's name of a layer kind: 'conv' is "convolution". */
export function kindName(kind: DesignLayerKind): string {
	return KIND_NAMES[kind]();
}

type Field =
	'filters' | 'kernel' | 'stride' | 'padding' | 'dilation' | 'window' | 'slope' | 'units';

/** Each setting of a layer: its label, its noun with an article, and the fix that sets it. */
const FIELDS: Record<
	Field,
	{ label: () => string; noun: () => string; fix: (inputs: { value: string }) => string }
> = {
	filters: {
		label: m.playground_field_filters,
		noun: m.playground_noun_filters,
		fix: m.playground_fix_filters
	},
	kernel: {
		label: m.widget_setting_kernel,
		noun: m.playground_noun_kernel,
		fix: m.playground_fix_kernel
	},
	stride: {
		label: m.widget_setting_stride,
		noun: m.playground_noun_stride,
		fix: m.playground_fix_stride
	},
	padding: {
		label: m.widget_setting_padding,
		noun: m.playground_noun_padding,
		fix: m.playground_fix_padding
	},
	dilation: {
		label: m.widget_setting_dilation,
		noun: m.playground_noun_dilation,
		fix: m.playground_fix_dilation
	},
	window: {
		label: m.widget_setting_window,
		noun: m.playground_noun_window,
		fix: m.playground_fix_window
	},
	slope: {
		label: m.playground_field_slope,
		noun: m.playground_noun_slope,
		fix: m.playground_fix_slope
	},
	units: {
		label: m.playground_field_units,
		noun: m.playground_noun_units,
		fix: m.playground_fix_units
	}
};

const field = (name: string) => (name in FIELDS ? FIELDS[name as Field] : null);

/** The label of a layer's setting: 'units' is "Units". */
export function fieldLabel(name: string): string {
	return field(name)?.label() ?? name;
}

/** A setting with its article, for "“0” is not a number of units: …". */
export function fieldNoun(name: string): string {
	return field(name)?.noun() ?? name;
}

/** A shape as the lessons write it: [6, 28, 28] is "6 × 28 × 28". */
export function shapeText(shape: readonly number[]): string {
	return shape.join(' × ');
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
	const rest = f.remainder
		? ` ${m.playground_formula_leaves({ numerator: f.numerator, stride: f.stride, remainder: f.remainder })}`
		: '';
	return `${span}O = (${top}) / ${f.stride} + 1 = ${f.output}${rest}`;
}

function list(values: readonly number[]): string {
	const shown = values.map((v) => grouped(v + 1));
	if (shown.length <= 1) return shown.join('');
	return m.playground_list_and({ head: shown.slice(0, -1).join(', '), last: shown.at(-1)! });
}

const countOf = (count: number, one: CountMessage, other: CountMessage) =>
	counted(count, one, other);

/** A problem of a design as a sentence, its layer numbered from 1. */
export function problemSentence(problem: DesignProblem): string {
	switch (problem.code) {
		case 'empty':
			return m.playground_problem_empty();
		case 'too-many-layers':
			return m.playground_problem_too_many({ count: problem.count, max: problem.max });
		case 'unknown-kind':
			return m.playground_problem_unknown_kind({ layer: problem.layer + 1, kind: problem.kind });
		case 'out-of-range': {
			const value =
				typeof problem.value === 'number' ? plain(problem.value) : String(problem.value);
			return m.playground_problem_out_of_range({
				layer: problem.layer + 1,
				setting: field(problem.field)?.fix({ value }) ?? `${problem.field} ${value}`,
				what: problem.whole ? m.playground_whole_number() : m.playground_a_number(),
				min: plain(problem.min),
				max: plain(problem.max)
			});
		}
		case 'kernel-too-large': {
			const span =
				problem.dilation > 1
					? m.playground_span_dilated({
							kernel: problem.kernel,
							dilation: problem.dilation,
							span: problem.span
						})
					: m.playground_span_plain({ kernel: problem.kernel });
			const input =
				problem.padding > 0
					? m.playground_input_padded({
							input: problem.input,
							padding: problem.padding,
							wide: problem.input + 2 * problem.padding
						})
					: m.playground_input_plain({ input: problem.input });
			return m.playground_problem_kernel_too_large({ layer: problem.layer + 1, span, input });
		}
		case 'window-too-large':
			return m.playground_problem_window_too_large({
				layer: problem.layer + 1,
				window: problem.window,
				input: problem.input
			});
		case 'pixels-unread': {
			const count = problem.uncovered.length;
			const where =
				problem.leftOver.length === count
					? m.playground_unread_left_over()
					: problem.skipped.length === count
						? m.playground_unread_skipped()
						: m.playground_unread_never();
			return m.playground_problem_pixels_unread({
				layer: problem.layer + 1,
				rows: countOf(count, m.playground_rows_one, m.playground_rows_other),
				columns: countOf(count, m.playground_columns_one, m.playground_columns_other),
				input: problem.input,
				list: list(problem.uncovered),
				where
			});
		}
		case 'needs-flatten':
			return m.playground_problem_needs_flatten({
				layer: problem.layer + 1,
				shape: shapeText(problem.shape)
			});
		case 'needs-image':
			return m.playground_problem_needs_image({
				layer: problem.layer + 1,
				count: grouped(problem.shape[0] ?? 0)
			});
		case 'needs-ten-outputs':
			return m.playground_problem_needs_ten({
				layer: problem.layer + 1,
				what:
					problem.units === null
						? m.playground_layer_of_kind({ kind: kindName(problem.kind) })
						: m.playground_dense_with({
								units: countOf(problem.units, m.playground_units_one, m.playground_units_other)
							})
			});
	}
}

/** A fix the engine suggested, as a button's text: { padding: 2 } is "Use padding 2". */
export function fixLabel(fix: Record<string, number | undefined>): string {
	const parts = Object.entries(fix).flatMap(([name, value]) =>
		value === undefined
			? []
			: [field(name)?.fix({ value: plain(value) }) ?? `${name} ${plain(value)}`]
	);
	return m.playground_fix({
		parts: parts.reduce((first, second) => m.playground_fix_and({ first, second }))
	});
}

/** Why a link's design text was refused, as the end of a sentence (settings.ts adds the rest). */
export function designTextProblem(problem: DesignTextProblem): string {
	switch (problem.code) {
		case 'empty':
			return m.playground_text_empty();
		case 'too-long':
			return m.playground_text_too_long({ length: problem.length, max: problem.max });
		case 'too-many-layers':
			return m.playground_text_too_many({ count: problem.count, max: problem.max });
		case 'unknown-layer':
			return m.playground_text_unknown_layer({ token: problem.token + 1, text: problem.text });
		case 'bad-field':
			return m.playground_text_bad_field({
				token: problem.token + 1,
				text: problem.text,
				field: problem.field
			});
		case 'repeated-field':
			return m.playground_text_repeated_field({
				token: problem.token + 1,
				text: problem.text,
				field: problem.field
			});
		case 'out-of-range':
			return m.playground_text_out_of_range({
				token: problem.token + 1,
				field: problem.field,
				value: problem.value,
				min: problem.min,
				max: problem.max
			});
	}
}

const MEGABYTE = 2 ** 20;
const BUDGET_WORDS = {
	parameters: (needed: number, allowed: number) =>
		m.playground_budget_parameters({ needed: grouped(needed), allowed: grouped(allowed) }),
	trainingBytesPerExample: (needed: number, allowed: number) =>
		m.playground_budget_memory({
			needed: fixed(needed / MEGABYTE, 1),
			allowed: fixed(allowed / MEGABYTE, 0)
		}),
	multiplyAddsPerExample: (needed: number, allowed: number) =>
		m.playground_budget_multiply_adds({ needed: grouped(needed), allowed: grouped(allowed) })
} as const;

/** Why a design is refused before training, or null when it fits. */
export function budgetSentence(report: BudgetReport): string | null {
	if (report.fits || report.over.length === 0) return null;
	const reasons = report.over.map((o) => BUDGET_WORDS[o.limit](o.needed, o.allowed));
	return m.playground_budget({
		reasons: reasons.reduce((first, second) => m.playground_reason_separator({ first, second }))
	});
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
