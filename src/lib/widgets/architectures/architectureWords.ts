/**
 * The engine's architecture facts in the page's language. `analyseArchitecture` keeps each layer's
 * description (`spec`: kernel, filters, stride, ...) and an English `label` for code and tests; the
 * figures word the description here instead. In English the words are the engine's own label
 * (tests/unit/widgets/architectureWords.test.ts holds them equal for every layer of every network).
 */
import type { Architecture, ArchLayer, LayerReport } from '$lib/engine/architectures';
import { fixed, plain } from '$lib/figure/format';
import { m } from '$lib/paraglide/messages';

type Conv = Extract<ArchLayer, { kind: 'conv' }>;
type Pool = Extract<ArchLayer, { kind: 'maxPool' | 'avgPool' }>;

/** A convolution's settings after its kernel: '6 filters, stride 1, padding 2'. */
function convParts(spec: Conv): string[] {
	const { filters, stride = 1, padding = 0, groups = 1, bias = true } = spec;
	const parts = [
		m.architectures_filters({ count: filters }),
		m.architectures_stride({ stride }),
		m.architectures_padding({ padding })
	];
	if (groups > 1) parts.push(m.architectures_groups({ count: groups }));
	if (!bias) parts.push(m.architectures_no_bias());
	return parts;
}

/** A pooling layer's settings after its window: 'stride 2', ', padding 1', 'partial windows kept'. */
function poolParts(spec: Pool): string[] {
	const parts = [m.architectures_stride({ stride: spec.stride ?? spec.window })];
	if (spec.padding) parts.push(m.architectures_padding({ padding: spec.padding }));
	if (spec.edge === 'partial') parts.push(m.architectures_partial_windows());
	return parts;
}

/**
 * A layer in one line: `layerLabel(conv1)` is 'conv 5x5, 6 filters, stride 1, padding 2'
 * ('conv. 5x5, 6 filtres, pas de 1, marge de 2' in French).
 */
export function layerLabel(layer: LayerReport): string {
	const { spec } = layer;
	switch (spec.kind) {
		case 'conv':
			return [m.architectures_conv_kernel({ size: spec.kernel }), ...convParts(spec)].join(', ');
		case 'maxPool':
		case 'avgPool': {
			const name =
				spec.kind === 'maxPool' ? m.architectures_max_pool : m.architectures_average_pool;
			return [name({ size: spec.window }), ...poolParts(spec)].join(', ');
		}
		case 'adaptiveAvgPool':
			return m.architectures_average_pool_to({ size: spec.size });
		case 'relu':
			return 'ReLU';
		case 'dropout':
			return m.architectures_label_dropout();
		case 'localResponseNorm':
			return m.architectures_label_local_norm();
		case 'batchNorm':
			return m.architectures_label_batch_norm();
		case 'flatten':
			return m.architectures_label_flatten();
		case 'dense':
			return m.architectures_label_dense({ inputs: layer.inputShape[0], outputs: spec.outputs });
		case 'inception':
			return m.architectures_label_inception({ count: spec.branches.length });
		case 'residual':
			return spec.shortcut.length
				? m.architectures_label_residual_projected()
				: m.architectures_label_residual();
	}
}

/**
 * A convolution or pooling layer shortened for a small box, the settings that change nothing left
 * out: '5×5, 6 filters, padding 2', '2×2, stride 2'; a dense layer's neurons; '' otherwise.
 */
export function layerDetail(layer: LayerReport): string {
	const { spec } = layer;
	const plain: string[] = [
		m.architectures_stride({ stride: 1 }),
		m.architectures_padding({ padding: 0 })
	];
	const shown = (parts: string[]) => parts.filter((part) => !plain.includes(part));
	if (spec.kind === 'conv')
		return [`${spec.kernel}×${spec.kernel}`, ...shown(convParts(spec))].join(', ');
	if (spec.kind === 'maxPool' || spec.kind === 'avgPool')
		return [`${spec.window}×${spec.window}`, ...shown(poolParts(spec))].join(', ');
	if (spec.kind === 'dense') return m.architectures_detail_neurons({ count: spec.outputs });
	return '';
}

const SOURCES: Record<string, () => string> = {
	lenet5: m.architectures_source_lenet5,
	alexnet: m.architectures_source_alexnet,
	'alexnet-original': m.architectures_source_alexnet_original,
	zfnet: m.architectures_source_zfnet,
	vgg16: m.architectures_source_vgg16,
	googlenet: m.architectures_source_googlenet,
	resnet18: m.architectures_source_resnet18
};

/** Where an architecture's layout comes from (paper, implementation), in the page's language. */
export function sourceText(architecture: Architecture): string {
	return SOURCES[architecture.id]?.() ?? architecture.source;
}

/**
 * An architecture's name as the page shows it: the catalogue's name (a proper noun, the same in every
 * language), except where it carries words, as the published two-GPU AlexNet does.
 */
export function architectureName(architecture: Architecture): string {
	return architecture.id === 'alexnet-original'
		? m.architectures_name_alexnet_original()
		: architecture.name;
}

/** Where in its paper a total is printed: 'the abstract', 'Table 2'. */
export function paperPlace(where: string): string {
	const table = /^Table (\d+)$/.exec(where);
	if (table) return m.architectures_where_table({ number: table[1] });
	return where === 'the abstract' ? m.architectures_where_abstract() : where;
}

/**
 * A count of millions or billions in words, with `digits` decimals or as short as it goes:
 * `bigCount(138.4e6, 1)` is '138.4 million' ('138,4 millions' in French), `bigCount(6.8e6)` '6.8 million'.
 */
export function bigCount(n: number, digits?: number): string {
	const [value, one, other] =
		n >= 1e9
			? [n / 1e9, m.architectures_billions_one, m.architectures_billions_other]
			: [n / 1e6, m.architectures_millions_one, m.architectures_millions_other];
	const text = digits === undefined ? plain(value) : fixed(value, digits);
	return (value < 2 ? one : other)({ value: text });
}
