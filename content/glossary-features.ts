// The glossary's terms that lessons 1 to 7 use first, the part of a network that finds features:
// the image, the convolution and its family, ReLU, pooling, flattening (see glossary.ts).
import type { GlossaryEntry } from './glossary';

export const featureTerms: GlossaryEntry[] = [
	{
		id: 'pixel',
		term: 'pixel',
		forms: ['pixel', 'pixels'],
		definition:
			'One small square of uniform colour in a digital image, stored as a few whole numbers from 0 to 255.',
		lesson: '01-an-image-is-numbers',
		section: 'what-a-computer-sees'
	},
	{
		id: 'channel',
		term: 'channel',
		forms: ['channel', 'channels'],
		definition:
			'One grid of numbers among those that make an image or a layer’s output: red, green and blue for a colour picture, one channel per filter after a convolution.',
		lesson: '01-an-image-is-numbers',
		section: 'channels-one-grid-per-colour'
	},
	{
		id: 'tensor',
		term: 'tensor',
		forms: ['tensor', 'tensors'],
		definition:
			'A block of numbers with several axes, such as channels × height × width for an image; everything a network reads and writes is a tensor.',
		lesson: '01-an-image-is-numbers',
		section: 'an-image-is-a-tensor'
	},
	{
		id: 'cnn',
		term: 'convolutional neural network (CNN)',
		forms: [
			'convolutional neural network',
			'convolutional neural networks',
			'convolutional network',
			'convolutional networks',
			'CNN',
			'CNNs'
		],
		definition:
			'A neural network whose first layers are convolutions: small filters slid across the image find local patterns, and dense layers at the end turn them into an answer.',
		lesson: '01-an-image-is-numbers',
		section: 'the-whole-network-at-a-glance'
	},
	{
		id: 'convolution',
		term: 'convolution',
		forms: ['convolution', 'convolutions'],
		definition:
			'Sliding a small grid of weights over an input and writing, at every position, the sum of the weights times the values under them, plus a bias.',
		lesson: '02-convolution-and-filters',
		section: 'a-small-grid-of-weights'
	},
	{
		id: 'kernel',
		term: 'kernel',
		forms: ['kernel', 'kernels'],
		definition:
			'The small grid of weights a convolution slides over one channel, typically 3 × 3 or 5 × 5.',
		lesson: '02-convolution-and-filters',
		section: 'a-small-grid-of-weights'
	},
	{
		id: 'filter',
		term: 'filter',
		forms: ['filter', 'filters'],
		definition:
			'In a network, the stack of kernels, one per input channel, whose results are added (with a bias) into one feature map. In image processing the word also means a single kernel.',
		lesson: '02-convolution-and-filters',
		section: 'a-small-grid-of-weights'
	},
	{
		id: 'weight',
		term: 'weight',
		forms: ['weight', 'weights'],
		definition:
			'A number that multiplies an input inside a kernel or a dense layer; training changes the weights.',
		lesson: '02-convolution-and-filters',
		section: 'a-small-grid-of-weights'
	},
	{
		id: 'bias',
		term: 'bias',
		forms: ['bias', 'biases'],
		definition:
			'A number added to a weighted sum, one per filter or per neuron, learned like the weights.',
		lesson: '02-convolution-and-filters',
		section: 'a-small-grid-of-weights'
	},
	{
		id: 'feature-map',
		term: 'feature map',
		forms: ['feature map', 'feature maps'],
		definition:
			'The grid a filter produces when slid over its whole input: high where the pattern the filter looks for is present.',
		lesson: '02-convolution-and-filters',
		section: 'a-small-grid-of-weights'
	},
	{
		id: 'cross-correlation',
		term: 'cross-correlation',
		forms: ['cross-correlation'],
		definition:
			'What deep-learning libraries actually compute under the name convolution: the same sum of products, without flipping the kernel first.',
		lesson: '02-convolution-and-filters',
		section: 'a-small-grid-of-weights'
	},
	{
		id: 'transfer-learning',
		term: 'transfer learning',
		forms: ['transfer learning'],
		definition:
			'Reusing what a network learnt on one task (often its early filters) to learn another task with less data.',
		lesson: '13-fine-tuning',
		section: 'the-idea'
	},
	{
		id: 'window',
		term: 'window',
		forms: ['window', 'windows'],
		definition:
			'The cells of the input a kernel or a pooling covers at one position.',
		lesson: '03-the-sliding-window',
		section: 'one-window-at-a-time'
	},
	{
		id: 'stride',
		term: 'stride',
		forms: ['stride', 'strides'],
		definition:
			'How many cells a window moves between two positions; a stride of 2 roughly halves the output.',
		lesson: '03-the-sliding-window',
		section: 'kernel-stride-and-padding'
	},
	{
		id: 'padding',
		term: 'padding',
		forms: ['padding'],
		definition:
			'Rings of extra cells, usually zeros, added around an input before a convolution, so that windows can sit on the border and the output need not shrink.',
		lesson: '10-padding',
		section: 'a-frame-of-zeros'
	},
	{
		id: 'same-padding',
		term: '“same” padding',
		forms: ['"same" padding'],
		definition:
			'The padding (K − 1)/2 that keeps the output of a stride-1 convolution as large as its input, for an odd kernel size K.',
		lesson: '10-padding',
		section: 'same-padding'
	},
	{
		id: 'output-size',
		term: 'output-size formula',
		forms: ['output-size formula'],
		definition:
			'O = ⌊(I − K + 2P) / S⌋ + 1: the size of a convolution’s output along one axis, from the input size I, kernel K, padding P and stride S.',
		lesson: '09-architectures',
		section: 'the-output-size-formula'
	},
	{
		id: 'dilation',
		term: 'dilation',
		forms: ['dilation', 'dilated convolution', 'dilated convolutions', 'dilated'],
		definition:
			'Spacing between the taps of a kernel: with dilation D, D − 1 cells are skipped between neighbouring weights, so a small kernel covers a wider area.',
		lesson: '04-the-convolution-family',
		section: 'dilated-convolution-a-kernel-with-gaps'
	},
	{
		id: 'transposed-convolution',
		term: 'transposed convolution',
		forms: ['transposed convolution', 'transposed convolutions'],
		definition:
			'A convolution that makes its input larger: zeros are inserted between and around the input cells, then an ordinary convolution slides over the result.',
		lesson: '04-the-convolution-family',
		section: 'transposed-convolution-from-small-to-large'
	},
	{
		id: 'depthwise-separable',
		term: 'depthwise-separable convolution',
		forms: [
			'depthwise-separable convolution',
			'depthwise-separable convolutions',
			'depthwise-separable'
		],
		definition:
			'A convolution split in two: one kernel per channel (depthwise), then a 1 × 1 convolution that mixes the channels (pointwise); far cheaper than an ordinary one.',
		lesson: '04-the-convolution-family',
		section: 'depthwise-separable-convolution-splitting-the-work'
	},
	{
		id: 'spatially-separable',
		term: 'spatially separable convolution',
		forms: [
			'spatially separable convolution',
			'spatially separable convolutions',
			'spatially separable'
		],
		definition:
			'A K × K kernel that is a column times a row, applied as a K × 1 then a 1 × K convolution: 2K multiplications per position instead of K².',
		lesson: '04-the-convolution-family',
		section: 'spatially-separable-convolution-a-square-as-two-lines'
	},
	{
		id: 'multiply-add',
		term: 'multiply-add',
		forms: ['multiply-add', 'multiply-adds'],
		definition:
			'One multiplication followed by one addition, the unit in which the work of a layer is counted.',
		lesson: '04-the-convolution-family',
		section: 'what-each-one-costs'
	},
	{
		id: 'activation',
		term: 'activation function',
		forms: ['activation function', 'activation functions', 'activation', 'activations'],
		definition:
			'A fixed non-linear function applied to every value between two layers, such as ReLU; without it, stacked layers would collapse into one linear step.',
		lesson: '05-relu',
		section: 'one-rule-keep-the-positives'
	},
	{
		id: 'relu',
		term: 'ReLU',
		forms: ['ReLU', 'rectified linear unit'],
		definition:
			'The rectified linear unit, max(0, x): positive values pass unchanged, negative ones become 0.',
		lesson: '05-relu',
		section: 'one-rule-keep-the-positives'
	},
	{
		id: 'leaky-relu',
		term: 'leaky ReLU',
		forms: ['leaky ReLU'],
		definition:
			'A ReLU that keeps a small slope a on the negative side (a·x instead of 0), so that a little gradient always gets through.',
		lesson: '05-relu',
		section: 'leaky-relu-and-the-other-rectifiers'
	},
	{
		id: 'sigmoid',
		term: 'sigmoid',
		forms: ['sigmoid'],
		definition:
			'The S-shaped function 1 / (1 + e^−x), which squeezes any number between 0 and 1; an older activation that flattens out at both ends.',
		lesson: '05-relu',
		section: 'leaky-relu-and-the-other-rectifiers'
	},
	{
		id: 'pooling',
		term: 'pooling',
		forms: ['pooling', 'poolings'],
		definition:
			'Shrinking each feature map by replacing every small window with one number that summarises it; no weights are involved.',
		lesson: '06-pooling',
		section: 'a-window-that-summarises'
	},
	{
		id: 'max-pooling',
		term: 'max pooling',
		forms: ['max pooling'],
		definition:
			'Pooling that keeps the largest value of each window: is the feature present somewhere in this small area?',
		lesson: '06-pooling',
		section: 'why-the-maximum'
	},
	{
		id: 'mean-pooling',
		term: 'mean pooling (average pooling)',
		forms: ['mean pooling', 'average pooling'],
		definition: 'Pooling that keeps the average of each window.',
		lesson: '06-pooling',
		section: 'a-window-that-summarises'
	},
	{
		id: 'flattening',
		term: 'flattening',
		forms: ['flattening', 'flatten', 'flattened', 'flattens'],
		definition:
			'Laying the feature maps end to end into one vector, in a fixed order, so that dense layers can read them.',
		lesson: '07-flattening',
		section: 'laying-the-maps-end-to-end'
	},
	{
		id: 'vector',
		term: 'vector',
		forms: ['vector', 'vectors'],
		definition: 'A plain list of numbers: a tensor with a single axis.',
		lesson: '07-flattening',
		section: 'laying-the-maps-end-to-end'
	}
];
