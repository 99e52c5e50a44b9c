/**
 * Famous CNNs as data, for lesson 9: each architecture is a list of layer descriptions (and blocks:
 * GoogLeNet's inception modules, whose branches are concatenated along the channels, and ResNet's basic
 * blocks, whose main path and shortcut are summed). `analyseArchitecture` walks a description with the
 * shape arithmetic of shape.ts and gives every layer's output shape, parameter count and multiply-adds,
 * as a tree a lesson can draw.
 *
 * Conventions (those of PyTorch / torchvision, whose published totals the tests check):
 * - parameters: weights and biases of convolutions and dense layers, and the scale and shift of batch
 *   normalisation (its running mean and variance are statistics, not learned, so not counted);
 * - multiply-adds: one per weight per output position (convolutions, dense layers); pooling, ReLU,
 *   normalisation and the sums of residual blocks are not counted.
 */
import { pooledSize } from './layers';
import { convOutputSize, ShapeError } from './shape';
import { shapeString } from './tensor';

export type ArchLayer =
	| {
			kind: 'conv';
			name: string;
			/** Output channels (filters). */
			filters: number;
			kernel: number;
			stride?: number;
			padding?: number;
			groups?: number;
			/** Default true. */
			bias?: boolean;
	  }
	| {
			kind: 'maxPool' | 'avgPool';
			name: string;
			window: number;
			stride?: number;
			padding?: number;
			edge?: 'drop' | 'partial';
	  }
	/** Average pooling to a fixed output size (torchvision's AdaptiveAvgPool2d), size x size. */
	| { kind: 'adaptiveAvgPool'; name: string; size: number }
	| { kind: 'relu' | 'dropout' | 'flatten' | 'batchNorm' | 'localResponseNorm'; name: string }
	| { kind: 'dense'; name: string; outputs: number; bias?: boolean }
	/** Branches run on the same input; their outputs are concatenated along the channels. */
	| { kind: 'inception'; name: string; branches: ArchLayer[][] }
	/** output = main(x) + shortcut(x); an empty shortcut is the identity. */
	| { kind: 'residual'; name: string; main: ArchLayer[]; shortcut: ArchLayer[] };

export interface Architecture {
	id: 'lenet5' | 'alexnet' | 'alexnet-original' | 'zfnet' | 'googlenet' | 'vgg16' | 'resnet18';
	name: string;
	year: number;
	/** Shape of one input image [channels, height, width]. */
	inputShape: readonly [number, number, number];
	/** Where the layout comes from and which published total it matches. */
	source: string;
	/** The published parameter count this description reproduces. */
	publishedParameters: number;
	layers: ArchLayer[];
}

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
	/** A one-line description: 'conv 5x5, 6 filters, stride 1, padding 2'. */
	label: string;
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
	const base = { name: layer.name, kind: layer.kind, path, inputShape: input };
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

// Small builders keep the descriptions readable.
const conv = (
	name: string,
	filters: number,
	kernel: number,
	options: { stride?: number; padding?: number; groups?: number; bias?: boolean } = {}
): ArchLayer => ({ kind: 'conv', name, filters, kernel, ...options });
const relu = (name = 'relu'): ArchLayer => ({ kind: 'relu', name });
const maxPool = (
	name: string,
	window: number,
	stride = window,
	padding = 0,
	edge: 'drop' | 'partial' = 'drop'
): ArchLayer => ({
	kind: 'maxPool',
	name,
	window,
	stride,
	padding,
	edge
});
const dense = (name: string, outputs: number): ArchLayer => ({ kind: 'dense', name, outputs });
const dropout = (name = 'dropout'): ArchLayer => ({ kind: 'dropout', name });
const flatten = (): ArchLayer => ({ kind: 'flatten', name: 'flatten' });
const batchNorm = (name = 'batch norm'): ArchLayer => ({ kind: 'batchNorm', name });
const lrn = (name = 'norm'): ArchLayer => ({ kind: 'localResponseNorm', name });

/** LeNet-5 as trained in lesson 12 (createLeNet5): 61,706 parameters. */
export const LENET5: Architecture = {
	id: 'lenet5',
	name: 'LeNet-5',
	year: 1998,
	inputShape: [1, 28, 28],
	source:
		'LeCun, Bottou, Bengio & Haffner (1998), modern form with ReLU and max pooling, 28x28 input padded by 2 (as lenet.ts)',
	publishedParameters: 61706,
	layers: [
		conv('conv1', 6, 5, { padding: 2 }),
		relu('relu1'),
		maxPool('pool1', 2),
		conv('conv2', 16, 5),
		relu('relu2'),
		maxPool('pool2', 2),
		flatten(),
		dense('fc1', 120),
		relu('relu3'),
		dense('fc2', 84),
		relu('relu4'),
		dense('fc3', 10)
	]
};

const classifier4096 = (): ArchLayer[] => [
	dropout('dropout6'),
	dense('fc6', 4096),
	relu('relu6'),
	dropout('dropout7'),
	dense('fc7', 4096),
	relu('relu7'),
	dense('fc8', 1000)
];

/** AlexNet as torchvision builds it (one GPU, 64-192-384-256-256 filters): 61,100,840 parameters. */
export const ALEXNET: Architecture = {
	id: 'alexnet',
	name: 'AlexNet',
	year: 2012,
	inputShape: [3, 224, 224],
	source:
		'torchvision.models.alexnet (the single-GPU variant of Krizhevsky, Sutskever & Hinton 2012, after "One weird trick", 2014)',
	publishedParameters: 61100840,
	layers: [
		conv('conv1', 64, 11, { stride: 4, padding: 2 }),
		relu('relu1'),
		maxPool('pool1', 3, 2),
		conv('conv2', 192, 5, { padding: 2 }),
		relu('relu2'),
		maxPool('pool2', 3, 2),
		conv('conv3', 384, 3, { padding: 1 }),
		relu('relu3'),
		conv('conv4', 256, 3, { padding: 1 }),
		relu('relu4'),
		conv('conv5', 256, 3, { padding: 1 }),
		relu('relu5'),
		maxPool('pool5', 3, 2),
		{ kind: 'adaptiveAvgPool', name: 'avgpool', size: 6 },
		flatten(),
		...classifier4096()
	]
};

/**
 * AlexNet as published (two GPUs: conv2, conv4 and conv5 see only their GPU's half of the channels,
 * i.e. 2 groups), 227x227 input: 60,965,224 parameters.
 */
export const ALEXNET_ORIGINAL: Architecture = {
	id: 'alexnet-original',
	name: 'AlexNet (original, two GPUs)',
	year: 2012,
	inputShape: [3, 227, 227],
	source:
		'Krizhevsky, Sutskever & Hinton (2012), as in the Caffe reference model (bvlc_alexnet): 96-256-384-384-256 filters, groups of 2',
	publishedParameters: 60965224,
	layers: [
		conv('conv1', 96, 11, { stride: 4 }),
		relu('relu1'),
		lrn('norm1'),
		maxPool('pool1', 3, 2),
		conv('conv2', 256, 5, { padding: 2, groups: 2 }),
		relu('relu2'),
		lrn('norm2'),
		maxPool('pool2', 3, 2),
		conv('conv3', 384, 3, { padding: 1 }),
		relu('relu3'),
		conv('conv4', 384, 3, { padding: 1, groups: 2 }),
		relu('relu4'),
		conv('conv5', 256, 3, { padding: 1, groups: 2 }),
		relu('relu5'),
		maxPool('pool5', 3, 2),
		flatten(),
		...classifier4096()
	]
};

/**
 * ZFNet (Zeiler & Fergus, 2013, Fig. 3): 7x7 stride-2 first layer, 5x5 stride-2 second, pools that keep
 * the partial last window (as Caffe does) to give the paper's 110 -> 55 and 26 -> 13: 62,357,608 parameters.
 */
export const ZFNET: Architecture = {
	id: 'zfnet',
	name: 'ZFNet',
	year: 2013,
	inputShape: [3, 224, 224],
	source:
		'Zeiler & Fergus, "Visualizing and Understanding Convolutional Networks" (2013), Fig. 3 (one GPU, 96-256-384-384-256 filters); total computed from that layout, no official release',
	publishedParameters: 62357608,
	layers: [
		conv('conv1', 96, 7, { stride: 2, padding: 1 }),
		relu('relu1'),
		maxPool('pool1', 3, 2, 0, 'partial'),
		lrn('norm1'),
		conv('conv2', 256, 5, { stride: 2 }),
		relu('relu2'),
		maxPool('pool2', 3, 2, 0, 'partial'),
		lrn('norm2'),
		conv('conv3', 384, 3, { padding: 1 }),
		relu('relu3'),
		conv('conv4', 384, 3, { padding: 1 }),
		relu('relu4'),
		conv('conv5', 256, 3, { padding: 1 }),
		relu('relu5'),
		maxPool('pool5', 3, 2),
		flatten(),
		...classifier4096()
	]
};

const vggStage = (stage: number, filters: number, convs: number): ArchLayer[] => [
	...Array.from({ length: convs }, (_, i) => [
		conv(`conv${stage}_${i + 1}`, filters, 3, { padding: 1 }),
		relu(`relu${stage}_${i + 1}`)
	]).flat(),
	maxPool(`pool${stage}`, 2)
];

/** VGG16 (configuration D) as torchvision builds it: 138,357,544 parameters. */
export const VGG16: Architecture = {
	id: 'vgg16',
	name: 'VGG16',
	year: 2014,
	inputShape: [3, 224, 224],
	source: 'Simonyan & Zisserman (2014), configuration D; torchvision.models.vgg16',
	publishedParameters: 138357544,
	layers: [
		...vggStage(1, 64, 2),
		...vggStage(2, 128, 2),
		...vggStage(3, 256, 3),
		...vggStage(4, 512, 3),
		...vggStage(5, 512, 3),
		{ kind: 'adaptiveAvgPool', name: 'avgpool', size: 7 },
		flatten(),
		dense('fc6', 4096),
		relu('relu6'),
		dropout('dropout6'),
		dense('fc7', 4096),
		relu('relu7'),
		dropout('dropout7'),
		dense('fc8', 1000)
	]
};

/** torchvision's BasicConv2d: convolution without bias, batch normalisation, ReLU. */
const basicConv = (
	name: string,
	filters: number,
	kernel: number,
	options: { stride?: number; padding?: number } = {}
): ArchLayer[] => [
	conv(name, filters, kernel, { ...options, bias: false }),
	batchNorm(`${name} bn`),
	relu(`${name} relu`)
];

const inception = (
	name: string,
	ch1x1: number,
	ch3x3reduce: number,
	ch3x3: number,
	ch5x5reduce: number,
	ch5x5: number,
	poolProjection: number
): ArchLayer => ({
	kind: 'inception',
	name,
	branches: [
		basicConv('1x1', ch1x1, 1),
		[...basicConv('3x3 reduce', ch3x3reduce, 1), ...basicConv('3x3', ch3x3, 3, { padding: 1 })],
		// torchvision uses a 3x3 kernel in the branch the paper calls 5x5 (kept for its trained weights).
		[
			...basicConv('5x5 reduce', ch5x5reduce, 1),
			...basicConv('5x5 (3x3 in torchvision)', ch5x5, 3, { padding: 1 })
		],
		[maxPool('pool', 3, 1, 1, 'partial'), ...basicConv('pool projection', poolProjection, 1)]
	]
});

/** GoogLeNet (Inception v1) as torchvision builds it, without the auxiliary classifiers: 6,624,904 parameters. */
export const GOOGLENET: Architecture = {
	id: 'googlenet',
	name: 'GoogLeNet',
	year: 2014,
	inputShape: [3, 224, 224],
	source:
		'Szegedy et al., "Going Deeper with Convolutions" (2014); torchvision.models.googlenet with batch normalisation, aux_logits=False',
	publishedParameters: 6624904,
	layers: [
		...basicConv('conv1', 64, 7, { stride: 2, padding: 3 }),
		maxPool('pool1', 3, 2, 0, 'partial'),
		...basicConv('conv2', 64, 1),
		...basicConv('conv3', 192, 3, { padding: 1 }),
		maxPool('pool2', 3, 2, 0, 'partial'),
		inception('inception3a', 64, 96, 128, 16, 32, 32),
		inception('inception3b', 128, 128, 192, 32, 96, 64),
		maxPool('pool3', 3, 2, 0, 'partial'),
		inception('inception4a', 192, 96, 208, 16, 48, 64),
		inception('inception4b', 160, 112, 224, 24, 64, 64),
		inception('inception4c', 128, 128, 256, 24, 64, 64),
		inception('inception4d', 112, 144, 288, 32, 64, 64),
		inception('inception4e', 256, 160, 320, 32, 128, 128),
		maxPool('pool4', 2, 2, 0, 'partial'),
		inception('inception5a', 256, 160, 320, 32, 128, 128),
		inception('inception5b', 384, 192, 384, 48, 128, 128),
		{ kind: 'adaptiveAvgPool', name: 'avgpool', size: 1 },
		flatten(),
		dropout(),
		dense('fc', 1000)
	]
};

/** ResNet's basic block: two 3x3 convolutions summed with the input (or its 1x1 projection), then ReLU. */
const basicBlock = (
	name: string,
	filters: number,
	stride: number,
	project: boolean
): ArchLayer[] => [
	{
		kind: 'residual',
		name,
		main: [
			conv('conv 3x3 a', filters, 3, { stride, padding: 1, bias: false }),
			batchNorm('bn a'),
			relu('relu a'),
			conv('conv 3x3 b', filters, 3, { padding: 1, bias: false }),
			batchNorm('bn b')
		],
		shortcut: project
			? [conv('downsample 1x1', filters, 1, { stride, bias: false }), batchNorm('downsample bn')]
			: []
	},
	relu(`${name} relu`)
];

/** ResNet-18 as torchvision builds it: 11,689,512 parameters. */
export const RESNET18: Architecture = {
	id: 'resnet18',
	name: 'ResNet-18',
	year: 2015,
	inputShape: [3, 224, 224],
	source:
		'He, Zhang, Ren & Sun, "Deep Residual Learning for Image Recognition" (2015); torchvision.models.resnet18',
	publishedParameters: 11689512,
	layers: [
		conv('conv1', 64, 7, { stride: 2, padding: 3, bias: false }),
		batchNorm('bn1'),
		relu('relu1'),
		maxPool('maxpool', 3, 2, 1),
		...basicBlock('layer1.0', 64, 1, false),
		...basicBlock('layer1.1', 64, 1, false),
		...basicBlock('layer2.0', 128, 2, true),
		...basicBlock('layer2.1', 128, 1, false),
		...basicBlock('layer3.0', 256, 2, true),
		...basicBlock('layer3.1', 256, 1, false),
		...basicBlock('layer4.0', 512, 2, true),
		...basicBlock('layer4.1', 512, 1, false),
		{ kind: 'adaptiveAvgPool', name: 'avgpool', size: 1 },
		flatten(),
		dense('fc', 1000)
	]
};

/** The architectures of lesson 9, oldest first. */
export const ARCHITECTURES: readonly Architecture[] = [
	LENET5,
	ALEXNET,
	ALEXNET_ORIGINAL,
	ZFNET,
	GOOGLENET,
	VGG16,
	RESNET18
];
