/**
 * What the playground's editor and its link accept: the layer kinds, each setting's range, and the
 * out-of-range facts the analysis reports for a layer outside them.
 */
import type { DesignLayer, DesignLayerKind } from './design';
import type { DesignProblem } from './facts';

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
 * Out-of-range facts for a layer's settings (none when every field is within DESIGN_LIMITS).
 * `rangeProblems({ kind: 'dense', units: 0 }, 3)[0].code === 'out-of-range'`
 */
export function rangeProblems(layer: DesignLayer, index: number): DesignProblem[] {
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
