/**
 * LeNet-5: its shapes and its 61,706 parameters, and its loss falling on real MNIST digits.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltMnist } from '../../../scripts/build-mnist';
import { allDigits, digitBatch, type MnistData } from '../../../src/lib/engine/data/mnist';
import { createLeNet5 } from '../../../src/lib/engine/lenet';
import { evaluate, trainStep } from '../../../src/lib/engine/model';
import { SGD } from '../../../src/lib/engine/optim/sgd';
import { createRandom } from '../../../src/lib/engine/random';

let data: MnistData;
beforeAll(() => {
	data = readBuiltMnist();
});

describe('LeNet-5', () => {
	it('has 61,706 parameters: 156 + 2,416 + 48,120 + 10,164 + 850', () => {
		const model = createLeNet5(createRandom(1));
		expect(model.parameterCount()).toBe(61706);
		const perLayer = model
			.summary()
			.filter((row) => row.parameters > 0)
			.map((row) => row.parameters);
		expect(perLayer).toEqual([156, 2416, 48120, 10164, 850]);
	});

	it('has the shapes [6,28,28] [6,14,14] [16,10,10] [16,5,5] [400] [120] [84] [10]', () => {
		const shapes = createLeNet5(createRandom(1))
			.summary()
			.map((row) => `${row.name} [${row.outputShape.join(',')}]`);
		expect(shapes).toEqual([
			'conv1 [6,28,28]',
			'relu1 [6,28,28]',
			'pool1 [6,14,14]',
			'conv2 [16,10,10]',
			'relu2 [16,10,10]',
			'pool2 [16,5,5]',
			'flatten [400]',
			'fc1 [120]',
			'relu3 [120]',
			'fc2 [84]',
			'relu4 [84]',
			'fc3 [10]'
		]);
	});

	it('is the same network for the same seed', () => {
		const a = createLeNet5(createRandom(42)).parameters();
		const b = createLeNet5(createRandom(42)).parameters();
		a.forEach((p, i) => expect(Array.from(p.value.data)).toEqual(Array.from(b[i].value.data)));
	});

	it('learns: the loss falls and accuracy rises on 640 training digits (2 epochs, SGD 0.01 momentum 0.9)', () => {
		const rng = createRandom(3);
		const model = createLeNet5(rng);
		const sgd = new SGD({ learningRate: 0.01, momentum: 0.9 });
		const test = allDigits({
			images: data.test.images.subarray(0, 200 * 784),
			labels: data.test.labels.subarray(0, 200),
			count: 200
		});
		const before = evaluate(model, test.x, test.labels);
		const losses: number[] = [];
		const order = Int32Array.from({ length: 640 }, (_, i) => i);
		for (let epoch = 0; epoch < 2; epoch++) {
			rng.shuffle(order as unknown as number[]);
			for (let start = 0; start < order.length; start += 32) {
				const { x, labels } = digitBatch(data.train, order.subarray(start, start + 32));
				losses.push(trainStep(model, sgd, x, labels).loss);
			}
		}
		const first = losses.slice(0, 5).reduce((a, b) => a + b) / 5;
		const last = losses.slice(-5).reduce((a, b) => a + b) / 5;
		const after = evaluate(model, test.x, test.labels);
		expect(first).toBeGreaterThan(1.8);
		expect(last).toBeLessThan(first * 0.6);
		expect(after.loss).toBeLessThan(before.loss);
		expect(after.accuracy).toBeGreaterThan(0.6);
		expect(after.confusion.flat().reduce((a, b) => a + b)).toBe(200);
	});
});
