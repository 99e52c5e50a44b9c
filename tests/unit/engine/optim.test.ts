/**
 * Optimisers against steps computed by hand (the arithmetic is written out in each comment, not
 * recomputed with the code under test).
 */
import { describe, expect, it } from 'vitest';
import type { Parameter } from '../../../src/lib/engine/layers';
import { Adam } from '../../../src/lib/engine/optim/adam';
import { SGD } from '../../../src/lib/engine/optim/sgd';

function parameter(values: number[], frozen = false): Parameter {
	return {
		name: 'w',
		value: { shape: [values.length], data: Float32Array.from(values) },
		grad: { shape: [values.length], data: new Float32Array(values.length) },
		frozen
	};
}

function stepWith(optimiser: SGD | Adam, p: Parameter, grads: number[]): number[] {
	const seen: number[] = [];
	for (const g of grads) {
		p.grad.data[0] = g;
		optimiser.step([p]);
		seen.push(p.value.data[0]);
	}
	return seen;
}

describe('SGD', () => {
	it('lr=0.1 momentum=0: w = 1 - 0.1 * 0.5 = 0.95, then 0.95 - 0.1 * 0.5 = 0.9', () => {
		const [a, b] = stepWith(new SGD({ learningRate: 0.1 }), parameter([1]), [0.5, 0.5]);
		expect(a).toBeCloseTo(0.95, 6);
		expect(b).toBeCloseTo(0.9, 6);
	});

	it('lr=0.1 momentum=0.9: v1 = 0.5, w1 = 0.95; v2 = 0.9 * 0.5 + 0.5 = 0.95, w2 = 0.95 - 0.095 = 0.855', () => {
		const [a, b] = stepWith(
			new SGD({ learningRate: 0.1, momentum: 0.9 }),
			parameter([1]),
			[0.5, 0.5]
		);
		expect(a).toBeCloseTo(0.95, 6);
		expect(b).toBeCloseTo(0.855, 6);
	});

	it('lr=0.1 momentum=0.9 weightDecay=0.01: g1 = 0.5 + 0.01 * 1 = 0.51, w1 = 0.949; g2 = 0.5 + 0.00949 = 0.50949, v2 = 0.459 + 0.50949 = 0.96849, w2 = 0.949 - 0.096849 = 0.852151', () => {
		const sgd = new SGD({ learningRate: 0.1, momentum: 0.9, weightDecay: 0.01 });
		const [a, b] = stepWith(sgd, parameter([1]), [0.5, 0.5]);
		expect(a).toBeCloseTo(0.949, 6);
		expect(b).toBeCloseTo(0.852151, 6);
	});

	it('skips frozen parameters and forgets velocities on reset', () => {
		const sgd = new SGD({ learningRate: 0.1, momentum: 0.9 });
		const frozen = parameter([1], true);
		frozen.grad.data[0] = 5;
		sgd.step([frozen]);
		expect(frozen.value.data[0]).toBe(1);
		const p = parameter([1]);
		stepWith(sgd, p, [0.5]);
		sgd.reset();
		// After reset v starts at 0 again: w = 0.95 - 0.1 * 0.5 = 0.9 (not 0.855).
		expect(stepWith(sgd, p, [0.5])[0]).toBeCloseTo(0.9, 6);
	});

	it('refuses impossible settings with advice', () => {
		expect(() => new SGD({ learningRate: 0 })).toThrow(/try 0.01/);
		expect(() => new SGD({ learningRate: 0.1, momentum: 1 })).toThrow(
			/momentum must be in \[0, 1\)/
		);
		expect(() => new SGD({ learningRate: NaN })).toThrow(/learning rate/);
	});
});

describe('Adam', () => {
	it('lr=0.1 betas=(0.9,0.999): step 1 moves by lr whatever the gradient: w = 1 - 0.1 * 0.5 / (0.5 + 1e-8) = 0.9', () => {
		// m1 = 0.1 * 0.5 = 0.05, v1 = 0.001 * 0.25 = 0.00025; m̂ = 0.05 / 0.1 = 0.5, v̂ = 0.00025 / 0.001 = 0.25,
		// √v̂ = 0.5, step = 0.1 * 0.5 / 0.5 = 0.1.
		const [a] = stepWith(new Adam({ learningRate: 0.1 }), parameter([1]), [0.5]);
		expect(a).toBeCloseTo(0.9, 6);
	});

	it('lr=0.1 step 2 with gradient -0.25: w = 0.8733663 (divides by √v̂, never multiplies)', () => {
		// m2 = 0.9 * 0.05 + 0.1 * (-0.25) = 0.02;  v2 = 0.999 * 0.00025 + 0.001 * 0.0625 = 0.00031225
		// m̂ = 0.02 / (1 - 0.81) = 0.1052632;  v̂ = 0.00031225 / (1 - 0.998001) = 0.1562031;  √v̂ = 0.3952254
		// step = 0.1 * 0.1052632 / 0.3952254 = 0.0266337;  w = 0.9 - 0.0266337 = 0.8733663
		const [, b] = stepWith(new Adam({ learningRate: 0.1 }), parameter([1]), [0.5, -0.25]);
		expect(b).toBeCloseTo(0.8733663, 6);
	});

	it('weightDecay=0.1 adds 0.1 * w to the gradient: w=2, g=0.3 -> g = 0.5, first step still lr: w = 1.9', () => {
		// g = 0.3 + 0.1 * 2 = 0.5; m̂ = 0.5, √v̂ = 0.5: step = 0.1.
		const p = parameter([2]);
		const [a] = stepWith(new Adam({ learningRate: 0.1, weightDecay: 0.1 }), p, [0.3]);
		expect(a).toBeCloseTo(1.9, 6);
	});

	it('keeps one step count per parameter and skips frozen ones', () => {
		const adam = new Adam({ learningRate: 0.1 });
		const a = parameter([1]);
		const frozen = parameter([1], true);
		a.grad.data[0] = 0.5;
		frozen.grad.data[0] = 0.5;
		adam.step([a, frozen]);
		expect(frozen.value.data[0]).toBe(1);
		frozen.frozen = false;
		adam.step([frozen]);
		// Its first real step: exactly lr.
		expect(frozen.value.data[0]).toBeCloseTo(0.9, 6);
	});

	it('refuses impossible settings', () => {
		expect(() => new Adam({ learningRate: -1 })).toThrow(/try 0.001/);
		expect(() => new Adam({ beta1: 1 })).toThrow(/beta1/);
	});
});
