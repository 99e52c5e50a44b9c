/**
 * The engine's facts about impossible settings and about how windows fit, as sentences in the page's
 * language. The engine speaks none: it throws a `ShapeError` with its `problem`, and `convFit` returns
 * what is unread and which fixes work; here they become words. English reads as the engine's own
 * sentences (tests/unit/figure/shapeWords.test.ts holds them equal).
 */
import type { AxisWords, ConvAxis, ConvFit, SettingName, ShapeProblem } from '$lib/engine/shape';
import { shapeString } from '$lib/engine/tensor';
import { m } from '$lib/paraglide/messages';
import { plain } from './format';

/** "a, b and c" in the page's language. */
export function listed(items: string[]): string {
	if (items.length <= 1) return items[0] ?? '';
	return m.figure_list_and({ head: items.slice(0, -1).join(', '), last: items[items.length - 1] });
}

const settingNames: Record<SettingName, () => string> = {
	input: m.figure_name_input,
	kernel: m.figure_name_kernel,
	stride: m.figure_name_stride,
	padding: m.figure_name_padding,
	dilation: m.figure_name_dilation,
	window: m.figure_name_window,
	outputPadding: m.figure_name_output_padding
};

const settingAdvice: Record<SettingName, () => string> = {
	input: m.figure_advice_input,
	kernel: m.figure_advice_kernel,
	stride: m.figure_advice_stride,
	padding: m.figure_advice_padding,
	dilation: m.figure_advice_dilation,
	window: m.figure_advice_window,
	outputPadding: m.figure_advice_output_padding
};

/**
 * What is impossible and what to change, lower case with no final stop (so it can follow a lead
 * such as "This does not work:"). `problemSentence({ kind: 'window-too-large', window: 3, input: 2 })`
 */
export function problemSentence(problem: ShapeProblem): string {
	switch (problem.kind) {
		case 'not-whole':
			return m.figure_problem_not_whole({
				name: settingNames[problem.setting](),
				value: plain(problem.value),
				minimum: plain(problem.minimum),
				advice: settingAdvice[problem.setting]()
			});
		case 'kernel-too-large': {
			const { kernel, dilation, span, largestDilation } = problem;
			const what =
				dilation > 1
					? m.figure_problem_kernel_dilated({
							kernel: plain(kernel),
							dilation: plain(dilation),
							span: plain(span)
						})
					: m.figure_problem_kernel({ kernel: plain(kernel) });
			const smallerDilation =
				dilation === 1 || largestDilation < 1
					? ''
					: largestDilation === 1
						? m.figure_problem_or_dilation_one()
						: m.figure_problem_or_dilation_at_most({ dilation: plain(largestDilation) });
			const facts = {
				what,
				input: plain(problem.paddedInput),
				largest: plain(problem.largestKernel),
				dilation: smallerDilation,
				padding: plain(problem.paddingNeeded)
			};
			const message =
				problem.padding > 0
					? m.figure_problem_kernel_too_large_padded
					: m.figure_problem_kernel_too_large;
			return message(facts);
		}
		case 'window-too-large':
			return m.figure_problem_window_too_large({
				window: plain(problem.window),
				input: plain(problem.input)
			});
		case 'even-span':
			return problem.dilation > 1
				? m.figure_problem_even_span_dilated({
						kernel: plain(problem.kernel),
						dilation: plain(problem.dilation),
						span: plain(problem.span)
					})
				: m.figure_problem_even_span({ kernel: plain(problem.kernel), span: plain(problem.span) });
		case 'padding-crops':
			return m.figure_problem_padding_crops({
				padding: plain(problem.padding),
				output: plain(problem.output),
				largest: plain(problem.largestPadding)
			});
		case 'output-padding-too-large': {
			const message =
				problem.dilation > 1
					? m.figure_problem_output_padding_dilated
					: m.figure_problem_output_padding;
			return message({
				outputPadding: plain(problem.outputPadding),
				stride: plain(problem.stride),
				dilation: plain(problem.dilation),
				largest: plain(problem.largest)
			});
		}
		case 'shape':
			return m.figure_problem_shape({
				name: problem.name,
				actual: shapeString(problem.actual),
				expected: shapeString(problem.expected)
			});
		case 'rank':
			return m.figure_problem_rank({
				name: problem.name,
				actual: shapeString(problem.actual),
				count: plain(problem.actual.length),
				rank: plain(problem.rank)
			});
	}
}

/** Rows or columns counted from 1: "column 3", "columns 3 and 4". */
function cells(indices: number[], words: 'rows' | 'columns'): string {
	const counted = indices.map((index) => plain(index + 1));
	if (words === 'rows') {
		return counted.length === 1
			? m.figure_fit_row({ index: counted[0] })
			: m.figure_fit_rows({ list: listed(counted) });
	}
	return counted.length === 1
		? m.figure_fit_column({ index: counted[0] })
		: m.figure_fit_columns({ list: listed(counted) });
}

function described(indices: number[], words: AxisWords): string {
	if (words !== 'both') return cells(indices, words);
	return m.figure_fit_columns_and_rows({
		columns: cells(indices, 'columns'),
		rows: cells(indices, 'rows')
	});
}

/**
 * How a convolution's windows fit one axis, and how to make them fit, from `convFit`'s facts:
 * `fitSentence(axis, convFit(axis), 'both')` says "Stride 3 with kernel 2 leaves columns 3 and 4 …".
 * Lower case is not needed here: the sentence starts with its subject, with no final stop.
 */
export function fitSentence(axis: ConvAxis, fit: ConvFit, words: AxisWords = 'both'): string {
	const { input, kernel, stride = 1, padding = 0, dilation = 1 } = axis;
	const settings = [m.figure_fit_kernel({ kernel: plain(kernel) })];
	if (padding > 0) settings.push(m.figure_fit_padding({ padding: plain(padding) }));
	if (dilation > 1) settings.push(m.figure_fit_dilation({ dilation: plain(dilation) }));
	const lead = m.figure_fit_lead({ stride: plain(stride), settings: listed(settings) });
	const size = plain(fit.output);
	const result =
		words === 'both'
			? m.figure_fit_output_square({ size })
			: words === 'rows'
				? fit.output === 1
					? m.figure_fit_output_row({ count: size })
					: m.figure_fit_output_rows({ count: size })
				: fit.output === 1
					? m.figure_fit_output_column({ count: size })
					: m.figure_fit_output_columns({ count: size });
	const width = plain(input);
	if (fit.fits && fit.exact) return m.figure_fit_exact({ lead, input: width, result });
	if (fit.fits) {
		return fit.remainder === 1
			? m.figure_fit_padding_unread_one({ lead, input: width, result })
			: m.figure_fit_padding_unread({
					lead,
					input: width,
					result,
					count: plain(fit.remainder)
				});
	}
	const parts: string[] = [];
	if (fit.skipped.length > 0)
		parts.push(m.figure_fit_skips({ cells: described(fit.skipped, words) }));
	if (fit.leftOver.length > 0)
		parts.push(m.figure_fit_leaves({ cells: described(fit.leftOver, words) }));
	const fixes = fit.fixes.map((fix) =>
		fix.padding !== undefined
			? m.figure_fit_fix_padding({ padding: plain(fix.padding) })
			: m.figure_fit_fix_stride({ stride: plain(fix.stride ?? stride) })
	);
	const advice =
		fixes.length === 0
			? ''
			: m.figure_fit_advice({
					fixes: fixes.reduce((all, fix) => m.figure_or({ first: all, second: fix }))
				});
	const facts = { lead, parts: listed(parts), input: width, advice };
	return fit.leftOver.length > 0 ? m.figure_fit_lost_uncovered(facts) : m.figure_fit_lost(facts);
}
