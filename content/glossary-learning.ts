// The glossary's terms that lessons 8 to 13 use first: the dense layers that classify, famous
// architectures, then how a network learns, trains and is fine-tuned (see glossary.ts).
import type { GlossaryEntry } from './glossary';

export const learningTerms: GlossaryEntry[] = [
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
