/**
 * The engine's one error for impossible settings. Its message is a plain English sentence saying what to
 * change; its `problem`, where the engine has it, carries the same facts as numbers and names only, so
 * that a figure can phrase them in the reader's language (the engine speaks none).
 * `try { convOutputSize(axis) } catch (e) { if (e instanceof ShapeError) e.problem?.kind }`
 */

/** A setting of a convolution or a pooling, by its engine name. */
export type SettingName =
	'input' | 'kernel' | 'stride' | 'padding' | 'dilation' | 'window' | 'outputPadding';

/** What made a configuration impossible, as facts. */
export type ShapeProblem =
	/** A setting that must be a whole number of at least `minimum`. */
	| { kind: 'not-whole'; setting: SettingName; value: number; minimum: number }
	/**
	 * A kernel whose span (kernel + (kernel - 1)(dilation - 1)) is wider than the padded input. Each fix
	 * alone makes it fit: a kernel of at most `largestKernel`, a dilation of at most `largestDilation`
	 * (0 when no dilation helps), or padding `paddingNeeded`.
	 */
	| {
			kind: 'kernel-too-large';
			kernel: number;
			dilation: number;
			span: number;
			/** Input width plus the padding on both sides. */
			paddedInput: number;
			padding: number;
			largestKernel: number;
			largestDilation: number;
			paddingNeeded: number;
	  }
	/** A pooling window wider than the input with edge 'drop'. */
	| { kind: 'window-too-large'; window: number; input: number }
	/** A kernel whose span is even: no symmetric ("same") padding keeps the size. */
	| { kind: 'even-span'; kernel: number; dilation: number; span: number }
	/**
	 * A transposed convolution whose padding crops all of its `output`-wide result; padding
	 * `largestPadding` at most leaves some.
	 */
	| { kind: 'padding-crops'; padding: number; output: number; largestPadding: number }
	/** A transposed convolution's output padding not below its stride or dilation; `largest` fits. */
	| {
			kind: 'output-padding-too-large';
			outputPadding: number;
			stride: number;
			dilation: number;
			largest: number;
	  }
	/** An argument whose shape is not the one needed. */
	| { kind: 'shape'; name: string; actual: number[]; expected: number[] }
	/** An argument with the wrong number of axes. */
	| { kind: 'rank'; name: string; actual: number[]; rank: number };

/** A configuration that cannot work. The message says what to change; `problem` gives the facts. */
export class ShapeError extends Error {
	/** The facts behind the message, where the engine gives them. */
	readonly problem: ShapeProblem | undefined;

	constructor(message: string, problem?: ShapeProblem) {
		super(message);
		this.name = 'ShapeError';
		this.problem = problem;
	}
}
