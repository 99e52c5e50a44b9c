/**
 * `analyseArchitecture` walks an architecture's description with the shape arithmetic of shape.ts and
 * gives every layer's output shape, parameter count and multiply-adds, as a tree a lesson can draw.
 *
 * Conventions (those of PyTorch / torchvision, whose published totals the tests check):
 * - parameters: weights and biases of convolutions and dense layers, and the scale and shift of batch
 *   normalisation (its running mean and variance are statistics, not learned, so not counted);
 * - multiply-adds: one per weight per output position (convolutions, dense layers); pooling, ReLU,
 *   normalisation and the sums of residual blocks are not counted.
 */
import { pooledSize } from '../layers';
import { convOutputSize, ShapeError } from '../shape';
import { shapeString } from '../tensor';
import type { ArchLayer, Architecture } from './description';

/** One analysed layer or block. */
export interface LayerReport {
	name: string;
	kind: ArchLayer['kind'];
	/** Names from the top, joined by '/': 'inception3a/branch 2/conv 3x3'. */
	path: string;
	inputShape: number[];
	outputShape: number[];
	/** For a block: the sum over its layers. */
	parameters: number;
	multiplyAdds: number;
	/** A one-line description: 'conv 5x5, 6 filters, stride 1, padding 2' (English, for code and tests). */
	label: string;
	/**
	 * The description this layer was analysed from (kernel, filters, stride, ...): the facts a figure
	 * words in the page's language, where `label` is English.
	 */
	spec: ArchLayer;
	/** Blocks only: inception branches, or [main path, shortcut] of a residual block. */
	branches?: LayerReport[][];
	/** Blocks only: how branch outputs are combined. */
	combine?: 'concat' | 'sum';
}

export interface ArchitectureReport {
	architecture: Architecture;
	layers: LayerReport[];
	outputShape: number[];
	parameters: number;
	multiplyAdds: number;
}

function analyseLayer(layer: ArchLayer, input: number[], prefix: string): LayerReport {
	const path = prefix ? `${prefix}/${layer.name}` : layer.name;
	const [channels, height, width] = input;
	const base = { name: layer.name, kind: layer.kind, path, inputShape: input, spec: layer };
	const needImage = () => {
		if (input.length !== 3) {
			throw new ShapeError(
				`${path} needs an image [channels, height, width], got ${shapeString(input)}`
			);
		}
	};
	switch (layer.kind) {
		case 'conv': {
			needImage();
			const { filters, kernel, stride = 1, padding = 0, groups = 1, bias = true } = layer;
			if (channels % groups !== 0 || filters % groups !== 0) {
				throw new ShapeError(
					`${path}: ${groups} groups must divide ${channels} input channels and ${filters} filters`
				);
			}
			const outHeight = convOutputSize({ input: height, kernel, stride, padding });
			const outWidth = convOutputSize({ input: width, kernel, stride, padding });
			const perFilter = (channels / groups) * kernel * kernel;
			return {
				...base,
				outputShape: [filters, outHeight, outWidth],
				parameters: filters * perFilter + (bias ? filters : 0),
				multiplyAdds: filters * outHeight * outWidth * perFilter,
				label: `conv ${kernel}x${kernel}, ${filters} filters, stride ${stride}, padding ${padding}${groups > 1 ? `, ${groups} groups` : ''}${bias ? '' : ', no bias'}`
			};
		}
		case 'maxPool':
		case 'avgPool': {
			needImage();
			const config = {
				size: layer.window,
				stride: layer.stride ?? layer.window,
				padding: layer.padding ?? 0,
				edge: layer.edge ?? 'drop'
			};
			const outHeight = pooledSize(path, height, config);
			const outWidth = pooledSize(path, width, config);
			return {
				...base,
				outputShape: [channels, outHeight, outWidth],
				parameters: 0,
				multiplyAdds: 0,
				label: `${layer.kind === 'maxPool' ? 'max' : 'average'} pool ${layer.window}x${layer.window}, stride ${config.stride}${config.padding ? `, padding ${config.padding}` : ''}${config.edge === 'partial' ? ', partial windows kept' : ''}`
			};
		}
		case 'adaptiveAvgPool':
			needImage();
			return {
				...base,
				outputShape: [channels, layer.size, layer.size],
				parameters: 0,
				multiplyAdds: 0,
				label: `average pool to ${layer.size}x${layer.size}`
			};
		case 'relu':
		case 'dropout':
		case 'localResponseNorm':
			return {
				...base,
				outputShape: [...input],
				parameters: 0,
				multiplyAdds: 0,
				label: labels[layer.kind]
			};
		case 'batchNorm':
			needImage();
			return {
				...base,
				outputShape: [...input],
				parameters: 2 * channels,
				multiplyAdds: 0,
				label: labels.batchNorm
			};
		case 'flatten':
			return {
				...base,
				outputShape: [input.reduce((a, b) => a * b, 1)],
				parameters: 0,
				multiplyAdds: 0,
				label: 'flatten'
			};
		case 'dense': {
			if (input.length !== 1) {
				throw new ShapeError(
					`${path}: a dense layer needs a vector, got ${shapeString(input)}: flatten first`
				);
			}
			const bias = layer.bias ?? true;
			return {
				...base,
				outputShape: [layer.outputs],
				parameters: input[0] * layer.outputs + (bias ? layer.outputs : 0),
				multiplyAdds: input[0] * layer.outputs,
				label: `dense ${input[0]} -> ${layer.outputs}`
			};
		}
		case 'inception': {
			needImage();
			const branches = layer.branches.map((branch, i) =>
				analyseSequence(branch, input, `${path}/branch ${i + 1}`)
			);
			const shapes = branches.map((b) => b.output);
			for (const shape of shapes) {
				if (shape.length !== 3 || shape[1] !== shapes[0][1] || shape[2] !== shapes[0][2]) {
					throw new ShapeError(
						`${path}: branches give ${shapes.map(shapeString).join(', ')}; concatenation needs the same height and width`
					);
				}
			}
			return {
				...base,
				outputShape: [shapes.reduce((n, s) => n + s[0], 0), shapes[0][1], shapes[0][2]],
				parameters: sum(
					branches.flatMap((b) => b.layers),
					'parameters'
				),
				multiplyAdds: sum(
					branches.flatMap((b) => b.layers),
					'multiplyAdds'
				),
				label: `inception: ${branches.length} branches concatenated`,
				branches: branches.map((b) => b.layers),
				combine: 'concat'
			};
		}
		case 'residual': {
			const main = analyseSequence(layer.main, input, `${path}/main`);
			const shortcut = analyseSequence(layer.shortcut, input, `${path}/shortcut`);
			if (shapeString(main.output) !== shapeString(shortcut.output)) {
				throw new ShapeError(
					`${path}: the main path gives ${shapeString(main.output)} but the shortcut ${shapeString(shortcut.output)}; a sum needs the same shape: add a 1x1 convolution to the shortcut`
				);
			}
			const all = [...main.layers, ...shortcut.layers];
			return {
				...base,
				outputShape: main.output,
				parameters: sum(all, 'parameters'),
				multiplyAdds: sum(all, 'multiplyAdds'),
				label: layer.shortcut.length
					? 'residual block, 1x1 convolution on the shortcut'
					: 'residual block, identity shortcut',
				branches: [main.layers, shortcut.layers],
				combine: 'sum'
			};
		}
	}
}

const labels = {
	relu: 'ReLU',
	dropout: 'dropout',
	localResponseNorm: 'local response normalisation',
	batchNorm: 'batch normalisation'
} as const;

function sum(layers: LayerReport[], key: 'parameters' | 'multiplyAdds'): number {
	return layers.reduce((n, l) => n + l[key], 0);
}

function analyseSequence(
	layers: ArchLayer[],
	input: number[],
	prefix: string
): { layers: LayerReport[]; output: number[] } {
	const reports: LayerReport[] = [];
	let shape = input;
	for (const layer of layers) {
		const report = analyseLayer(layer, shape, prefix);
		reports.push(report);
		shape = report.outputShape;
	}
	return { layers: reports, output: shape };
}

/**
 * Every layer's shapes, parameters and multiply-adds, and the totals.
 * `analyseArchitecture(VGG16).parameters === 138357544`
 */
export function analyseArchitecture(architecture: Architecture): ArchitectureReport {
	const { layers, output } = analyseSequence(architecture.layers, [...architecture.inputShape], '');
	return {
		architecture,
		layers,
		outputShape: output,
		parameters: sum(layers, 'parameters'),
		multiplyAdds: sum(layers, 'multiplyAdds')
	};
}

/** The layers of a report with blocks opened, in order (a table's rows). `flattenReport(report.layers)` */
export function flattenReport(layers: LayerReport[]): LayerReport[] {
	return layers.flatMap((layer) =>
		layer.branches ? [layer, ...layer.branches.flatMap((branch) => flattenReport(branch))] : [layer]
	);
}
