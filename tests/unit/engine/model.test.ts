/**
 * Sequential, trainStep and evaluate: the chain of shapes, back-propagation through a whole network
 * (gradient check), freezing and replacing layers, refusing a diverging step, the confusion matrix.
 */
import { describe, expect, it } from 'vitest';
import { gradientCheckReport } from '../../../src/lib/engine/gradcheck';
import { softmaxCrossEntropy } from '../../../src/lib/engine/kernels';
import { Conv2D, Dense, Flatten, MaxPool2D, ReLU, Tanh } from '../../../src/lib/engine/layers';
import { NonFiniteError } from '../../../src/lib/engine/loss';
import {
	applyGradients,
	batchGradients,
	evaluate,
	Sequential,
	trainStep,
	TrainingDivergedError
} from '../../../src/lib/engine/model';
import { SGD } from '../../../src/lib/engine/optim/sgd';
import { Adam } from '../../../src/lib/engine/optim/adam';
import { createRandom } from '../../../src/lib/engine/random';
import { ShapeError } from '../../../src/lib/engine/shape';
import { distinctTensor, randomTensor } from './ops-helpers';

function tinyCnn(seed = 1): Sequential {
	const rng = createRandom(seed);
	return new Sequential(
		[
			new Conv2D({ inChannels: 1, outChannels: 2, kernelSize: 3, padding: 1 }, rng, 'he', 'conv'),
			new Tanh('tanh'),
			new MaxPool2D({ size: 2 }, 'pool'),
			new Flatten('flatten'),
			new Dense({ inputs: 8, outputs: 3 }, rng, 'he', 'dense')
		],
		[1, 4, 4]
	);
}

describe('Sequential', () => {
	it('checks the chain of shapes and says where it breaks', () => {
		const rng = createRandom(1);
		expect(
			() =>
				new Sequential(
					[
						new Conv2D({ inChannels: 1, outChannels: 2, kernelSize: 3 }, rng),
						new Dense({ inputs: 10, outputs: 2 }, rng)
					],
					[1, 6, 6]
				)
		).toThrow(/put a Flatten before it/);
		expect(() => new Sequential([new ReLU('a'), new ReLU('a')], [3])).toThrow(
			/two layers are named 'a'/
		);
		expect(() => tinyCnn().forward(randomTensor([2, 1, 5, 5], rng))).toThrow(ShapeError);
	});

	it('back-propagates through conv, tanh, max pool, flatten and dense (gradient check on every parameter)', () => {
		// Seed chosen so that no max-pool window is within epsilon of a tie (a kink finite differences cannot see).
		const model = tinyCnn(8);
		const x = distinctTensor([2, 1, 4, 4], createRandom(3), 0.07);
		const labels = [0, 2];
		const loss = () => {
			const logits = model.forward(x, false);
			return softmaxCrossEntropy(logits.data, labels, 2, 3, null).loss;
		};
		const logits = model.forward(x, true);
		const grad = { shape: logits.shape, data: new Float32Array(logits.data.length) };
		softmaxCrossEntropy(logits.data, labels, 2, 3, grad.data);
		model.backward(grad);
		const analytic = model.parameters().map((p) => new Float32Array(p.grad.data));
		model.parameters().forEach((p, i) => {
			const report = gradientCheckReport(loss, p.value.data, analytic[i], { epsilon: 1e-3 });
			expect(report.maxRelativeError, `${p.name}: ${JSON.stringify(report.worst)}`).toBeLessThan(
				2e-2
			);
		});
	});

	it('freezes by name or position; trainStep leaves frozen weights alone and skips their backward', () => {
		const model = tinyCnn();
		model.freeze('conv', 0);
		expect(model.layer('conv').frozen).toBe(true);
		const before = new Float32Array(model.layer('conv').parameters()[0].value.data);
		const denseBefore = new Float32Array(model.layer(-1).parameters()[0].value.data);
		const x = randomTensor([4, 1, 4, 4], createRandom(5));
		trainStep(model, new SGD({ learningRate: 0.1 }), x, [0, 1, 2, 0]);
		expect(Array.from(model.layer('conv').parameters()[0].value.data)).toEqual(Array.from(before));
		expect(
			model
				.layer('conv')
				.parameters()[0]
				.grad.data.every((v) => v === 0)
		).toBe(true);
		expect(Array.from(model.layer(-1).parameters()[0].value.data)).not.toEqual(
			Array.from(denseBefore)
		);
		model.unfreeze();
		expect(model.layers.some((layer) => layer.frozen)).toBe(false);
		expect(() => model.layer('nope')).toThrow(/no layer named 'nope': the layers are conv, tanh/);
		expect(() => model.layer(9)).toThrow(/no layer at position 9/);
	});

	it('replaces the last layer with a new head for other classes, and refuses a head that does not fit', () => {
		const model = tinyCnn();
		const old = model.replaceLayer(
			-1,
			new Dense({ inputs: 8, outputs: 5 }, createRandom(1), 'he', 'head')
		);
		expect(old.name).toBe('dense');
		expect(model.outputShape()).toEqual([5]);
		expect(() =>
			model.replaceLayer('head', new Dense({ inputs: 9, outputs: 2 }, createRandom(1)))
		).toThrow(/expects 9 features/);
		expect(model.layer(-1).name).toBe('head');
		const x = randomTensor([2, 1, 4, 4], createRandom(5));
		expect(trainStep(model, new Adam(), x, [4, 3]).count).toBe(2);
	});

	it('predicts probabilities that sum to 1 and the most likely class', () => {
		const model = tinyCnn();
		const { classes, probabilities } = model.predict(randomTensor([3, 1, 4, 4], createRandom(8)));
		expect(probabilities.shape).toEqual([3, 3]);
		for (let n = 0; n < 3; n++) {
			const row = Array.from(probabilities.data.slice(n * 3, n * 3 + 3));
			expect(row.reduce((a, b) => a + b)).toBeCloseTo(1, 6);
			expect(classes[n]).toBe(row.indexOf(Math.max(...row)));
		}
	});

	it('inspects every layer: feature maps, pre-activations and pooling winners, as copies', () => {
		const model = tinyCnn();
		const seen = model.inspect(randomTensor([1, 1, 4, 4], createRandom(9)));
		expect(seen.map((s) => `${s.name} [${s.output.shape.join(',')}]`)).toEqual([
			'conv [1,2,4,4]',
			'tanh [1,2,4,4]',
			'pool [1,2,2,2]',
			'flatten [1,8]',
			'dense [1,3]'
		]);
		expect(Array.from(seen[1].input.data)).toEqual(Array.from(seen[0].output.data));
		expect(seen[2].winners?.length).toBe(8);
	});
});

describe('trainStep', () => {
	it('returns the loss and accuracy of the batch before the update', () => {
		const model = tinyCnn();
		const x = randomTensor([4, 1, 4, 4], createRandom(5));
		const logits = model.forward(x, false);
		const expected = softmaxCrossEntropy(logits.data, [0, 1, 2, 0], 4, 3, null);
		const result = trainStep(model, new SGD({ learningRate: 0.01 }), x, [0, 1, 2, 0]);
		expect(result.loss).toBeCloseTo(expected.loss, 6);
		expect(result.accuracy).toBe(expected.correct / 4);
	});

	it('refuses a NaN loss: throws a TrainingDivergedError advising a lower learning rate, changes nothing', () => {
		const model = tinyCnn();
		const dense = model.layer('dense').parameters()[0];
		dense.value.data[0] = NaN;
		const conv = new Float32Array(model.layer('conv').parameters()[0].value.data);
		const x = randomTensor([2, 1, 4, 4], createRandom(5));
		let error: unknown;
		try {
			trainStep(model, new SGD({ learningRate: 0.1 }), x, [0, 1]);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(TrainingDivergedError);
		expect(error).toBeInstanceOf(NonFiniteError);
		expect((error as Error).message).toMatch(/loss became NaN.*lower the learning rate/);
		expect(Array.from(model.layer('conv').parameters()[0].value.data)).toEqual(Array.from(conv));
	});

	it('refuses a step whose update overflows to Infinity and keeps the last good weights', () => {
		const model = tinyCnn();
		const before = model.parameters().map((p) => new Float32Array(p.value.data));
		const x = randomTensor([2, 1, 4, 4], createRandom(5));
		expect(() => trainStep(model, new SGD({ learningRate: 1e300 }), x, [0, 1])).toThrow(
			/became NaN or infinite.*lower the learning rate/
		);
		model
			.parameters()
			.forEach((p, i) => expect(Array.from(p.value.data)).toEqual(Array.from(before[i])));
	});

	it.each([
		['Infinity at the last value', (g: Float32Array) => (g[g.length - 1] = Infinity)],
		['NaN at the first value', (g: Float32Array) => (g[0] = NaN)],
		[
			'-Infinity and Infinity side by side',
			(g: Float32Array) => ((g[4] = -Infinity), (g[5] = Infinity))
		],
		['-Infinity in the middle', (g: Float32Array) => (g[Math.floor(g.length / 2)] = -Infinity)]
	])(
		'refuses a non-finite gradient (%s) before any weight or velocity changes',
		(_label, spoil) => {
			const model = tinyCnn();
			const sgd = new SGD({ learningRate: 0.1, momentum: 0.9 });
			const x = randomTensor([2, 1, 4, 4], createRandom(5));
			batchGradients(model, x, [0, 1]);
			applyGradients(model, sgd);
			const before = model.parameters().map((p) => new Float32Array(p.value.data));
			batchGradients(model, x, [0, 1]);
			// conv's 18 weights: four blocks of four, then a tail of two.
			spoil(model.layer('conv').parameters()[0].grad.data);
			expect(() => applyGradients(model, sgd)).toThrow(
				/gradient of weights became NaN or infinite/
			);
			model
				.parameters()
				.forEach((p, i) => expect(Array.from(p.value.data)).toEqual(Array.from(before[i])));
			// The velocities were not touched either: the next good step trains on.
			batchGradients(model, x, [0, 1]);
			applyGradients(model, sgd);
			for (const p of model.parameters()) expect(p.value.data.every(Number.isFinite)).toBe(true);
		}
	);

	it('refuses labels that are not classes of the model', () => {
		const model = tinyCnn();
		const x = randomTensor([2, 1, 4, 4], createRandom(5));
		expect(() => trainStep(model, new SGD({ learningRate: 0.1 }), x, [0, 3])).toThrow(
			/from 0 to 2/
		);
		expect(() => trainStep(model, new SGD({ learningRate: 0.1 }), x, [0])).toThrow(
			/1 labels for a batch of 2/
		);
	});
});

describe('evaluate', () => {
	it('counts a confusion matrix by hand: rows are true classes, columns predictions', () => {
		// A dense layer with identity weights predicts the largest input.
		const dense = new Dense({ inputs: 3, outputs: 3 }, undefined, 'zeros', 'identity');
		dense.weights.value.data.set([1, 0, 0, 0, 1, 0, 0, 0, 1]);
		const model = new Sequential([dense], [3]);
		const x = {
			shape: [5, 3],
			data: Float32Array.from([5, 0, 0, 0, 5, 0, 0, 5, 0, 0, 0, 5, 5, 0, 0])
		};
		// predictions: 0, 1, 1, 2, 0; labels: 0, 1, 2, 2, 1
		const result = evaluate(model, x, [0, 1, 2, 2, 1], 2);
		expect(result.confusion).toEqual([
			[1, 0, 0],
			[1, 1, 0],
			[0, 1, 1]
		]);
		expect(result.correct).toBe(3);
		expect(result.accuracy).toBeCloseTo(0.6, 10);
		expect(result.count).toBe(5);
	});
});
