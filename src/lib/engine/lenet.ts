/**
 * LeNet-5 for 28x28 digits, in its modern form (LeCun et al., 1998, with ReLU and max pooling instead of
 * scaled tanh and sub-sampling): the network lessons 12 and 13 train in the page.
 *
 *   [1,28,28] conv 5x5, 6 maps, padding 2 -> [6,28,28] -> ReLU -> max pool 2 -> [6,14,14]
 *   -> conv 5x5, 16 maps -> [16,10,10] -> ReLU -> max pool 2 -> [16,5,5] -> flatten -> [400]
 *   -> dense 120 -> ReLU -> dense 84 -> ReLU -> dense 10 (one score per digit)
 *
 * 156 + 2,416 + 48,120 + 10,164 + 850 = 61,706 parameters, He-initialised, biases zero.
 */
import { Conv2D, Dense, Flatten, MaxPool2D, ReLU } from './layers';
import { Sequential } from './model';
import type { Random } from './random';

/** Shape of one MNIST digit: 1 channel, 28 x 28. */
export const DIGIT_SHAPE = [1, 28, 28] as const;

/** LeNet-5 for 28x28 digits, 10 classes. `const model = createLeNet5(createRandom(42))` */
export function createLeNet5(rng: Random, classes = 10): Sequential {
	return new Sequential(
		[
			new Conv2D({ inChannels: 1, outChannels: 6, kernelSize: 5, padding: 2 }, rng, 'he', 'conv1'),
			new ReLU('relu1'),
			new MaxPool2D({ size: 2 }, 'pool1'),
			new Conv2D({ inChannels: 6, outChannels: 16, kernelSize: 5 }, rng, 'he', 'conv2'),
			new ReLU('relu2'),
			new MaxPool2D({ size: 2 }, 'pool2'),
			new Flatten('flatten'),
			new Dense({ inputs: 400, outputs: 120 }, rng, 'he', 'fc1'),
			new ReLU('relu3'),
			new Dense({ inputs: 120, outputs: 84 }, rng, 'he', 'fc2'),
			new ReLU('relu4'),
			new Dense({ inputs: 84, outputs: classes }, rng, 'he', 'fc3')
		],
		DIGIT_SHAPE
	);
}
