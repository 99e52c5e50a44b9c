/**
 * What the architecture explorer shows, worked out apart from its markup: which layers the diagram and
 * the table show, the rows of the table (whose block sums add up with the rows shown), where the
 * parameter count comes from, and the figure's description. Every number is the engine's
 * (analyseArchitecture); this module only chooses and words them.
 */
import { grouped as count } from '$lib/figure/format';
import { m } from '$lib/paraglide/messages';
import {
	flattenReport,
	type Architecture,
	type ArchitectureReport,
	type LayerReport
} from '$lib/engine/architectures';
import { architectureName, bigCount, layerLabel, paperPlace } from './architectureWords';

/** Layers folded away until the reader asks for them: they leave the shape as it is. */
const QUIET_KINDS: ReadonlySet<LayerReport['kind']> = new Set([
	'relu',
	'dropout',
	'batchNorm',
	'localResponseNorm'
]);

/** Whether the diagram draws a layer (a block, or a chip inside a block). `inDiagram(relu, false) === false` */
export function inDiagram(layer: LayerReport, showAll: boolean): boolean {
	return showAll || !QUIET_KINDS.has(layer.kind);
}

/**
 * Whether the table lists a layer. Quiet layers that carry parameters (batch normalisation's scale and
 * shift) stay listed, so that every block row and the total are the sums of the rows shown.
 * `inTable(batchNorm, false) === true`
 */
export function inTable(layer: LayerReport, showAll: boolean): boolean {
	return inDiagram(layer, showAll) || layer.parameters > 0;
}

/** The top-level blocks of the diagram, in order. `diagramBlocks(report, false)[0].name === 'conv1'` */
export function diagramBlocks(report: ArchitectureReport, showAll: boolean): LayerReport[] {
	return report.layers.filter((layer) => inDiagram(layer, showAll));
}

/** One row of the layer table, ready to print. */
export interface TableRow {
	layer: LayerReport;
	/** 0 for a top-level layer, 1 inside a block, 2 inside a block inside a block. */
	depth: number;
	/** A block (inception module, residual block): its numbers are the sums of the rows below it. */
	block: boolean;
	outputShape: string;
	parameters: string;
	multiplyAdds: string;
}

/** The table's rows, blocks opened, in order. `tableRows(report, true).length === flattenReport(report.layers).length` */
export function tableRows(report: ArchitectureReport, showAll: boolean): TableRow[] {
	return flattenReport(report.layers)
		.filter((layer) => inTable(layer, showAll))
		.map((layer) => ({
			layer,
			depth: layer.path.split('/').length - 1,
			block: layer.branches !== undefined,
			outputShape: shapeText(layer.outputShape),
			parameters: count(layer.parameters),
			multiplyAdds: count(layer.multiplyAdds)
		}));
}

/** Whether a table row belongs to the selected block (the block itself or a layer inside it). */
export function inBlock(row: TableRow, selected: LayerReport | undefined): boolean {
	return (
		selected !== undefined &&
		(row.layer.path === selected.path || row.layer.path.startsWith(`${selected.path}/`))
	);
}

/** The colour family of a layer in the diagram. `kindClass('maxPool') === 'pool'` */
export function kindClass(
	kind: LayerReport['kind']
): 'conv' | 'pool' | 'dense' | 'block' | 'other' {
	if (kind === 'conv') return 'conv';
	if (kind === 'maxPool' || kind === 'avgPool' || kind === 'adaptiveAvgPool') return 'pool';
	if (kind === 'dense') return 'dense';
	if (kind === 'inception' || kind === 'residual') return 'block';
	return 'other';
}

/** '3 × 224 × 224' */
export const shapeText = (shape: number[]): string => shape.join(' × ');

/** Large counts in words: '15.50 billion', '138.4 million', else grouped digits. */
export function millions(n: number): string {
	if (n >= 1e9) return bigCount(n, 2);
	if (n >= 1e6) return bigCount(n, 1);
	return count(n);
}

/** A paper's rounded figure as printed: 6.8e6 reads '6.8 million', 60000 reads '60,000'. */
function printed(n: number): string {
	return n >= 1e6 ? bigCount(n) : count(n);
}

/**
 * Where the architecture's parameter count comes from, as a phrase. For GoogLeNet: 'the count of
 * torchvision.models.googlenet (aux_logits=False); the paper gives about 6.8 million in Table 1'.
 */
export function countSource(architecture: Architecture): string {
	const { origin, reference, paperStates } = architecture.count;
	if (origin === 'paper-layout') return m.architectures_count_paper_layout({ reference });
	const counted =
		origin === 'notebook'
			? m.architectures_count_notebook()
			: m.architectures_count_library({ reference });
	if (!paperStates) return counted;
	const facts = {
		counted,
		parameters: printed(paperStates.parameters),
		where: paperPlace(paperStates.where)
	};
	return paperStates.approximate
		? m.architectures_count_paper_about(facts)
		: m.architectures_count_paper(facts);
}

/** What a diagram block is, in words, for the description. */
export function blockWords(layer: LayerReport, showAll: boolean): string {
	if (layer.kind === 'residual' && layer.branches) {
		const [main, shortcut] = layer.branches;
		const shown = main.filter((part) => inDiagram(part, showAll)).length;
		return m.architectures_block_residual({
			count: shown,
			shortcut:
				shortcut.length === 0
					? m.architectures_shortcut_identity()
					: m.architectures_shortcut_projected()
		});
	}
	if (layer.kind === 'inception' && layer.branches) {
		return m.architectures_block_inception({ count: layer.branches.length });
	}
	return layerLabel(layer);
}

/** The figure's text description: the totals with their source, then the selected block. */
export function describeExplorer(
	report: ArchitectureReport,
	blocks: LayerReport[],
	selectedIndex: number,
	showAll: boolean
): string {
	const { architecture } = report;
	const selected = blocks[selectedIndex];
	const whole = m.architectures_explorer_description({
		name: architectureName(architecture),
		year: architecture.year,
		input: shapeText(report.layers[0].inputShape),
		parameters: count(report.parameters),
		source: countSource(architecture),
		adds: millions(report.multiplyAdds),
		output: shapeText(report.outputShape)
	});
	if (!selected) return whole;
	return (
		whole +
		m.architectures_explorer_selected({
			index: selectedIndex + 1,
			count: blocks.length,
			block: selected.name,
			words: blockWords(selected, showAll),
			output: shapeText(selected.outputShape),
			parameters: count(selected.parameters),
			adds: count(selected.multiplyAdds)
		})
	);
}

/** Whether some layer the diagram folds away still has parameters (then the table says why it lists it). */
export function hasQuietParameters(report: ArchitectureReport): boolean {
	return flattenReport(report.layers).some(
		(layer) => QUIET_KINDS.has(layer.kind) && layer.parameters > 0
	);
}
