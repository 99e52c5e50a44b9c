import { describe, expect, it } from 'vitest';
import {
	ACTIVATIONS,
	activate,
	activationBackward,
	activationDerivative,
	applyActivation,
	elu,
	eluBackward,
	leakyRelu,
	leakyReluBackward,
	relu,
	reluBackward,
	sigmoid,
	sigmoidBackward,
	softplus,
	softplusBackward,
	tanh,
	tanhBackward,
	type ActivationName
} from '../../../src/lib/engine/activation';
import { tensor } from '../../../src/lib/engine/tensor';
import {
	createRandom,
	distinctTensor,
	expectGradient,
	randomTensor,
	weightedSum
} from './ops-helpers';

const table: [string, ActivationName, number | undefined][] = [
	['relu', 'relu', undefined],
	['leakyRelu slope=0.01', 'leakyRelu', 0.01],
	['leakyRelu slope=0.3', 'leakyRelu', 0.3],
	['elu alpha=1', 'elu', 1],
	['elu alpha=0.5', 'elu', 0.5],
	['sigmoid', 'sigmoid', undefined],
	['tanh', 'tanh', undefined],
	['softplus', 'softplus', undefined]
];

describe('activation gradient check on x=[2,3,4,4] (centred finite differences)', () => {
	it.each(table)('%s', (_label, name, parameter) => {
		const rng = createRandom(17);
		// Distinct values 0.05 apart, none within 0.025 of the kink at 0.
		const input = distinctTensor([2, 3, 4, 4], rng, 0.05);
		const output = applyActivation(name, input, parameter);
		const gradOutput = randomTensor(output.shape, rng);
		const gradInput = activationBackward(name, input, output, gradOutput, parameter);
		expectGradient(
			name,
			() => weightedSum(applyActivation(name, input, parameter), gradOutput),
			input.data,
			gradInput.data,
			1e-2,
			5e-3
		);
	});
});

describe('scalar curves', () => {
	it.each(table)(
		'%s: activationDerivative matches the slope of activate',
		(_label, name, parameter) => {
			for (let x = -5.05; x <= 5; x += 0.5) {
				const h = 1e-5;
				const numeric =
					(activate(name, x + h, parameter) - activate(name, x - h, parameter)) / (2 * h);
				expect(activationDerivative(name, x, parameter)).toBeCloseTo(numeric, 6);
			}
		}
	);

	it('values at known points', () => {
		expect(activate('relu', -3)).toBe(0);
		expect(activate('relu', 2.5)).toBe(2.5);
		expect(activate('leakyRelu', -2, 0.1)).toBeCloseTo(-0.2, 12);
		expect(activate('leakyRelu', -2)).toBeCloseTo(-0.02, 12);
		expect(activate('elu', -1)).toBeCloseTo(Math.exp(-1) - 1, 12);
		expect(activate('sigmoid', 0)).toBe(0.5);
		expect(activationDerivative('sigmoid', 0)).toBe(0.25);
		expect(activate('softplus', 0)).toBeCloseTo(Math.LN2, 12);
		expect(activate('tanh', 1)).toBeCloseTo(Math.tanh(1), 12);
	});

	it('sigmoid and softplus stay finite and accurate for huge inputs', () => {
		expect(activate('sigmoid', 1000)).toBe(1);
		expect(activate('sigmoid', -1000)).toBe(0);
		expect(activate('sigmoid', -30)).toBeCloseTo(Math.exp(-30), 20);
		expect(activate('softplus', 1000)).toBe(1000);
		expect(activate('softplus', -1000)).toBe(0);
		expect(activate('softplus', -40)).toBeCloseTo(Math.exp(-40), 25);
		expect(activationDerivative('softplus', 800)).toBe(1);
		expect(Number.isFinite(activationDerivative('sigmoid', -800))).toBe(true);
	});

	it('ACTIVATIONS lists every activation once, with a label', () => {
		expect(ACTIVATIONS.map((a) => a.name)).toEqual([
			'relu',
			'leakyRelu',
			'elu',
			'sigmoid',
			'tanh',
			'softplus'
		]);
		for (const a of ACTIVATIONS) expect(a.label.length).toBeGreaterThan(0);
	});
});

describe('named tensor functions', () => {
	const x = tensor([-2, -0.5, 0.5, 2], [1, 1, 2, 2]);
	const dy = tensor([1, 2, 3, 4], [1, 1, 2, 2]);
	it('relu', () => {
		expect(Array.from(relu(x).data)).toEqual([0, 0, 0.5, 2]);
		expect(Array.from(reluBackward(x, relu(x), dy).data)).toEqual([0, 0, 3, 4]);
	});
	it('leakyRelu slope=0.5', () => {
		expect(Array.from(leakyRelu(x, 0.5).data)).toEqual([-1, -0.25, 0.5, 2]);
		expect(Array.from(leakyReluBackward(x, leakyRelu(x, 0.5), dy, 0.5).data)).toEqual([
			0.5, 1, 3, 4
		]);
	});
	it('elu, sigmoid, tanh, softplus match their scalar forms', () => {
		const pairs = [
			['elu', elu(x), eluBackward(x, elu(x), dy)],
			['sigmoid', sigmoid(x), sigmoidBackward(x, sigmoid(x), dy)],
			['tanh', tanh(x), tanhBackward(x, tanh(x), dy)],
			['softplus', softplus(x), softplusBackward(x, softplus(x), dy)]
		] as const;
		for (const [name, y, dx] of pairs) {
			x.data.forEach((v, i) => {
				expect(y.data[i]).toBeCloseTo(activate(name, v), 6);
				expect(dx.data[i]).toBeCloseTo(dy.data[i] * activationDerivative(name, v), 5);
			});
		}
	});
});
