// The glossary: every technical term the lessons use, with a short definition and the lesson section
// that explains it. The glossary page (src/routes/glossary) lists them; a lesson links the first use of
// each term to its entry, and tests/unit/content/glossary.test.ts checks that it does
// (`forms` are the words that count as a use of the term, matched whole and case-insensitively).

export interface GlossaryEntry {
	/** Anchor on the glossary page: /glossary#<id>. */
	id: string;
	term: string;
	/** Written forms that count as a use of the term in a lesson (singular, plural, other names). */
	forms: string[];
	definition: string;
	/** The lesson (file name without .md) and section (heading id) that explain it. */
	lesson: string;
	section: string;
}

export const glossary: GlossaryEntry[] = [
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
	},
	{
		id: 'dense-layer',
		term: 'fully connected (dense) layer',
		forms: [
			'fully connected layer',
			'fully connected layers',
			'fully connected',
			'dense layer',
			'dense layers'
		],
		definition:
			'A layer in which every input has its own weight for every output: a matrix product plus a bias per output.',
		lesson: '08-the-fully-connected-layer',
		section: 'every-input-meets-every-output'
	},
	{
		id: 'neuron',
		term: 'neuron',
		forms: ['neuron', 'neurons'],
		definition:
			'One unit of a dense layer: it weighs all its inputs, adds a bias and usually applies an activation. The name comes from the brain cells that inspired it.',
		lesson: '08-the-fully-connected-layer',
		section: 'neurons-and-the-multilayer-perceptron'
	},
	{
		id: 'multilayer-perceptron',
		term: 'multilayer perceptron',
		forms: ['multilayer perceptron', 'perceptron'],
		definition: 'Several dense layers one after the other, with an activation between them.',
		lesson: '08-the-fully-connected-layer',
		section: 'neurons-and-the-multilayer-perceptron'
	},
	{
		id: 'hidden-layer',
		term: 'hidden layer',
		forms: ['hidden layer', 'hidden layers'],
		definition:
			'A layer between a network’s input and its output, whose values nobody chooses or sees directly.',
		lesson: '08-the-fully-connected-layer',
		section: 'neurons-and-the-multilayer-perceptron'
	},
	{
		id: 'softmax',
		term: 'softmax',
		forms: ['softmax'],
		definition:
			'Turns a list of scores into probabilities: e to the power of each score, divided by the sum of them all.',
		lesson: '08-the-fully-connected-layer',
		section: 'from-scores-to-probabilities-softmax'
	},
	{
		id: 'logit',
		term: 'score (logit)',
		forms: ['logit', 'logits'],
		definition:
			'A raw output of the last layer, one per class, before softmax turns them into probabilities.',
		lesson: '08-the-fully-connected-layer',
		section: 'from-scores-to-probabilities-softmax'
	},
	{
		id: 'architecture',
		term: 'architecture',
		forms: ['architecture', 'architectures'],
		definition:
			'The choice of layers of a network and of their settings (kernel sizes, filters, strides…), fixed before training.',
		lesson: '09-architectures',
		section: 'six-famous-networks'
	},
	{
		id: 'imagenet',
		term: 'ImageNet',
		forms: ['ImageNet'],
		definition:
			'A collection of over a million labelled photos in a thousand classes, whose yearly competition made CNNs famous in 2012.',
		lesson: '09-architectures',
		section: 'six-famous-networks'
	},
	{
		id: 'inception-module',
		term: 'inception module',
		forms: ['inception module', 'inception modules'],
		definition:
			'GoogLeNet’s block: convolutions of several sizes run side by side on the same input, their outputs stacked along the channels.',
		lesson: '09-architectures',
		section: 'six-famous-networks'
	},
	{
		id: 'residual-block',
		term: 'residual block (shortcut)',
		forms: [
			'residual block',
			'residual blocks',
			'shortcut connection',
			'shortcut connections',
			'shortcut',
			'shortcuts'
		],
		definition:
			'ResNet’s block: its input skips over two or three convolutions and is added to their output, so the block learns only a correction.',
		lesson: '09-architectures',
		section: 'six-famous-networks'
	},
	{
		id: 'batch-normalisation',
		term: 'batch normalisation',
		forms: ['batch normalisation', 'batch-norm'],
		definition:
			'A layer that rescales each channel to mean 0 and spread 1 over the current batch, then applies a learned scale and shift.',
		lesson: '09-architectures',
		section: 'six-famous-networks'
	},
	{
		id: 'dropout',
		term: 'dropout',
		forms: ['dropout'],
		definition:
			'During training, setting random neurons’ outputs to zero (often half of them) so that the network cannot rely on any one; switched off afterwards.',
		lesson: '09-architectures',
		section: 'six-famous-networks'
	},
	{
		id: 'global-average-pooling',
		term: 'global average pooling',
		forms: ['global average pooling'],
		definition:
			'Averaging each whole feature map into one number, often used instead of large dense layers at the end of a network.',
		lesson: '09-architectures',
		section: 'shapes-parameters-and-multiply-adds'
	},
	{
		id: 'parameter',
		term: 'parameter',
		forms: ['parameter', 'parameters'],
		definition:
			'A number the network learns: a weight or a bias. A network’s size is often given as its number of parameters.',
		lesson: '11-what-and-how-a-cnn-learns',
		section: 'what-changes-and-what-stays'
	},
	{
		id: 'hyper-parameter',
		term: 'hyper-parameter',
		forms: ['hyper-parameter', 'hyper-parameters'],
		definition:
			'A setting chosen by us and not learned: kernel size, number of filters, stride, learning rate, batch size…',
		lesson: '11-what-and-how-a-cnn-learns',
		section: 'what-changes-and-what-stays'
	},
	{
		id: 'loss',
		term: 'loss',
		forms: ['loss', 'losses'],
		definition:
			'One number that says how wrong the network’s answers are; training tries to make it smaller.',
		lesson: '11-what-and-how-a-cnn-learns',
		section: 'the-loss-says-how-wrong-the-network-is'
	},
	{
		id: 'cross-entropy',
		term: 'cross-entropy',
		forms: ['cross-entropy'],
		definition:
			'The usual loss for classification: minus the logarithm of the probability given to the correct class.',
		lesson: '11-what-and-how-a-cnn-learns',
		section: 'the-loss-says-how-wrong-the-network-is'
	},
	{
		id: 'gradient',
		term: 'gradient',
		forms: ['gradient', 'gradients'],
		definition:
			'How much the loss changes when one parameter moves a little, for every parameter; it points uphill on the loss.',
		lesson: '11-what-and-how-a-cnn-learns',
		section: 'backpropagation-one-number-at-a-time'
	},
	{
		id: 'backpropagation',
		term: 'backpropagation',
		forms: ['backpropagation', 'back-propagate', 'back-propagates', 'backward pass'],
		definition:
			'Computing every gradient in one sweep from the loss back to the first layer, each layer passing the gradient on to the one below.',
		lesson: '11-what-and-how-a-cnn-learns',
		section: 'backpropagation-one-number-at-a-time'
	},
	{
		id: 'chain-rule',
		term: 'chain rule',
		forms: ['chain rule'],
		definition:
			'The rule of calculus behind backpropagation: the rate of change through two steps is the product of the rates of each step.',
		lesson: '11-what-and-how-a-cnn-learns',
		section: 'backpropagation-one-number-at-a-time'
	},
	{
		id: 'learning-rate',
		term: 'learning rate',
		forms: ['learning rate', 'learning rates'],
		definition:
			'The size η of each update step: parameters move by −η times their gradient.',
		lesson: '11-what-and-how-a-cnn-learns',
		section: 'gradient-descent-and-the-learning-rate'
	},
	{
		id: 'gradient-descent',
		term: 'gradient descent',
		forms: ['gradient descent'],
		definition:
			'Repeating the update “move every parameter a little against its gradient” until the loss stops falling.',
		lesson: '11-what-and-how-a-cnn-learns',
		section: 'gradient-descent-and-the-learning-rate'
	},
	{
		id: 'batch',
		term: 'batch',
		forms: ['batch', 'batches'],
		definition:
			'The few dozen examples one training step uses; their gradients are averaged into one update.',
		lesson: '11-what-and-how-a-cnn-learns',
		section: 'batches-averaging-the-error'
	},
	{
		id: 'epoch',
		term: 'epoch',
		forms: ['epoch', 'epochs'],
		definition: 'One full pass over the training set, batch after batch.',
		lesson: '11-what-and-how-a-cnn-learns',
		section: 'batches-averaging-the-error'
	},
	{
		id: 'mnist',
		term: 'MNIST',
		forms: ['MNIST'],
		definition:
			'A classic collection of handwritten digits, 28 × 28 grey pixels each; lesson 12 trains on 10,000 of them.',
		lesson: '12-train-lenet',
		section: 'the-network-and-the-data'
	},
	{
		id: 'accuracy',
		term: 'accuracy',
		forms: ['accuracy'],
		definition:
			'The share of examples the network answers correctly; the one that counts is measured on examples it never trained on.',
		lesson: '12-train-lenet',
		section: 'the-network-and-the-data'
	},
	{
		id: 'optimiser',
		term: 'optimiser',
		forms: ['optimiser', 'optimisers'],
		definition:
			'The rule that turns gradients into updates: plain gradient descent, SGD with momentum, Adam…',
		lesson: '12-train-lenet',
		section: 'train-it'
	},
	{
		id: 'seed',
		term: 'seed',
		forms: ['seed', 'seeds'],
		definition:
			'The number a random generator starts from: the same seed gives the same “random” weights and order, so a run can be repeated exactly.',
		lesson: '12-train-lenet',
		section: 'train-it'
	},
	{
		id: 'web-worker',
		term: 'Web Worker',
		forms: ['Web Worker', 'Web Workers'],
		definition:
			'A separate thread of the browser that computes without freezing the page; the training runs in them.',
		lesson: '12-train-lenet',
		section: 'train-it'
	},
	{
		id: 'confusion-matrix',
		term: 'confusion matrix',
		forms: ['confusion matrix'],
		definition:
			'A table that counts, for each true class (row), how often the network answered each class (column).',
		lesson: '12-train-lenet',
		section: 'where-it-goes-wrong'
	},
	{
		id: 'fine-tuning',
		term: 'fine-tuning',
		forms: ['fine-tuning', 'fine-tuned', 'fine-tune'],
		definition:
			'Training a network that was trained on another task further, on the new task, with a new last layer and a low learning rate.',
		lesson: '13-fine-tuning',
		section: 'the-idea'
	},
	{
		id: 'freeze',
		term: 'freeze',
		forms: ['freeze', 'frozen', 'freezing'],
		definition: 'To keep a layer’s weights fixed during training: no update reaches them.',
		lesson: '13-fine-tuning',
		section: 'the-idea'
	}
];
