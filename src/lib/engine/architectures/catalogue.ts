/**
 * The famous CNNs of lesson 9 as data, oldest first, each with where its parameter count comes from.
 * `analyseArchitecture(VGG16).parameters === VGG16.count.parameters`
 */
import type { ArchLayer, Architecture, ParameterCount } from './description';

// Small builders keep the descriptions readable.
const conv = (
	name: string,
	filters: number,
	kernel: number,
	options: { stride?: number; padding?: number; groups?: number; bias?: boolean } = {}
): ArchLayer => ({ kind: 'conv', name, filters, kernel, ...options });
const relu = (name = 'relu'): ArchLayer => ({ kind: 'relu', name });
/** Convolution `conv<n>` followed by its ReLU `relu<n>`, the unit of the older networks. */
const convRelu = (
	n: number,
	filters: number,
	kernel: number,
	options: { stride?: number; padding?: number; groups?: number } = {}
): ArchLayer[] => [conv(`conv${n}`, filters, kernel, options), relu(`relu${n}`)];
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

/**
 * One network of the catalogue: its heading (id, name, year, the shape of one input image [channels,
 * height, width]) on one line, then where its layout comes from (`source`), the parameter count its
 * layers add up to (`count`), and the layers.
 */
const architecture = (
	id: Architecture['id'],
	name: string,
	year: number,
	inputShape: Architecture['inputShape'],
	description: Pick<Architecture, 'source' | 'count' | 'layers'>
): Architecture => ({ id, name, year, inputShape, ...description });

/** The count of a library's implementation (`reference`), the one people quote. */
const libraryCount = (
	parameters: number,
	reference: string,
	paperStates?: ParameterCount['paperStates']
): ParameterCount => ({
	parameters,
	origin: 'library',
	reference,
	...(paperStates && { paperStates })
});

/** What a paper states as its total, rounded as printed there, and where. */
const paperSays = (parameters: number, where: string): ParameterCount['paperStates'] => ({
	parameters,
	approximate: true,
	where
});

/** LeNet-5 as trained in lesson 12 (createLeNet5): 61,706 parameters. */
export const LENET5 = architecture('lenet5', 'LeNet-5', 1998, [1, 28, 28], {
	source:
		'LeCun, Bottou, Bengio & Haffner (1998), modern form with ReLU and max pooling, 28x28 input padded by 2 (as lenet.ts)',
	count: { parameters: 61706, origin: 'notebook', reference: 'createLeNet5 (lenet.ts)' },
	layers: [
		...convRelu(1, 6, 5, { padding: 2 }),
		maxPool('pool1', 2),
		...convRelu(2, 16, 5),
		maxPool('pool2', 2),
		flatten(),
		dense('fc1', 120),
		relu('relu3'),
		dense('fc2', 84),
		relu('relu4'),
		dense('fc3', 10)
	]
});

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
export const ALEXNET = architecture('alexnet', 'AlexNet', 2012, [3, 224, 224], {
	source:
		'torchvision.models.alexnet (the single-GPU variant of Krizhevsky, Sutskever & Hinton 2012, after "One weird trick", 2014)',
	count: libraryCount(61100840, 'torchvision.models.alexnet'),
	layers: [
		...convRelu(1, 64, 11, { stride: 4, padding: 2 }),
		maxPool('pool1', 3, 2),
		...convRelu(2, 192, 5, { padding: 2 }),
		maxPool('pool2', 3, 2),
		...convRelu(3, 384, 3, { padding: 1 }),
		...convRelu(4, 256, 3, { padding: 1 }),
		...convRelu(5, 256, 3, { padding: 1 }),
		maxPool('pool5', 3, 2),
		{ kind: 'adaptiveAvgPool', name: 'avgpool', size: 6 },
		flatten(),
		...classifier4096()
	]
});

/**
 * AlexNet as published (two GPUs: conv2, conv4 and conv5 see only their GPU's half of the channels,
 * i.e. 2 groups), 227x227 input: 60,965,224 parameters.
 */
export const ALEXNET_ORIGINAL = architecture(
	'alexnet-original',
	'AlexNet (original, two GPUs)',
	2012,
	[3, 227, 227],
	{
		source:
			'Krizhevsky, Sutskever & Hinton (2012), as in the Caffe reference model (bvlc_alexnet): 96-256-384-384-256 filters, groups of 2',
		count: libraryCount(60965224, 'Caffe bvlc_alexnet', paperSays(60e6, 'the abstract')),
		layers: [
			...convRelu(1, 96, 11, { stride: 4 }),
			lrn('norm1'),
			maxPool('pool1', 3, 2),
			...convRelu(2, 256, 5, { padding: 2, groups: 2 }),
			lrn('norm2'),
			maxPool('pool2', 3, 2),
			...convRelu(3, 384, 3, { padding: 1 }),
			...convRelu(4, 384, 3, { padding: 1, groups: 2 }),
			...convRelu(5, 256, 3, { padding: 1, groups: 2 }),
			maxPool('pool5', 3, 2),
			flatten(),
			...classifier4096()
		]
	}
);

/**
 * ZFNet (Zeiler & Fergus, 2013, Fig. 3): 7x7 stride-2 first layer, 5x5 stride-2 second, pools that keep
 * the partial last window (as Caffe does) to give the paper's 110 -> 55 and 26 -> 13: 62,357,608 parameters.
 */
export const ZFNET = architecture('zfnet', 'ZFNet', 2013, [3, 224, 224], {
	source:
		'Zeiler & Fergus, "Visualizing and Understanding Convolutional Networks" (2013), Fig. 3 (one GPU, 96-256-384-384-256 filters); total computed from that layout, no official release',
	count: { parameters: 62357608, origin: 'paper-layout', reference: 'Fig. 3' },
	layers: [
		...convRelu(1, 96, 7, { stride: 2, padding: 1 }),
		maxPool('pool1', 3, 2, 0, 'partial'),
		lrn('norm1'),
		...convRelu(2, 256, 5, { stride: 2 }),
		maxPool('pool2', 3, 2, 0, 'partial'),
		lrn('norm2'),
		...convRelu(3, 384, 3, { padding: 1 }),
		...convRelu(4, 384, 3, { padding: 1 }),
		...convRelu(5, 256, 3, { padding: 1 }),
		maxPool('pool5', 3, 2),
		flatten(),
		...classifier4096()
	]
});

const vggStage = (stage: number, filters: number, convs: number): ArchLayer[] => [
	...Array.from({ length: convs }, (_, i) => [
		conv(`conv${stage}_${i + 1}`, filters, 3, { padding: 1 }),
		relu(`relu${stage}_${i + 1}`)
	]).flat(),
	maxPool(`pool${stage}`, 2)
];

/** VGG16 (configuration D) as torchvision builds it: 138,357,544 parameters. */
export const VGG16 = architecture('vgg16', 'VGG16', 2014, [3, 224, 224], {
	source: 'Simonyan & Zisserman (2014), configuration D; torchvision.models.vgg16',
	count: libraryCount(138357544, 'torchvision.models.vgg16', paperSays(138e6, 'Table 2')),
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
});

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
export const GOOGLENET = architecture('googlenet', 'GoogLeNet', 2014, [3, 224, 224], {
	source:
		'Szegedy et al., "Going Deeper with Convolutions" (2014); torchvision.models.googlenet with batch normalisation, aux_logits=False',
	count: libraryCount(
		6624904,
		'torchvision.models.googlenet (aux_logits=False)',
		paperSays(6.8e6, 'Table 1')
	),
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
});

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
export const RESNET18 = architecture('resnet18', 'ResNet-18', 2015, [3, 224, 224], {
	source:
		'He, Zhang, Ren & Sun, "Deep Residual Learning for Image Recognition" (2015); torchvision.models.resnet18',
	count: libraryCount(11689512, 'torchvision.models.resnet18'),
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
});

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
