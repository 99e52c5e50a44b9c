/**
 * Activation functions, element by element: on tensors (forward and backward) and on single numbers
 * (to plot their curves and slopes). Sigmoid and softplus are written so that no exp() overflows.
 */

import { ShapeError } from './shape';
import { sameShape, shapeString, type Tensor } from './tensor';

export type ActivationName = 'relu' | 'leakyRelu' | 'elu' | 'sigmoid' | 'tanh' | 'softplus';

/** An activation as the lessons list it: its name, display label and adjustable parameter, if any. */
export interface ActivationInfo {
	name: ActivationName;
	label: string;
	formula: string;
	parameter?: { name: 'slope' | 'alpha'; default: number; min: number; max: number };
}

/** The activations the engine knows, in the order the lessons show them. */
export const ACTIVATIONS: readonly ActivationInfo[] = [
	{ name: 'relu', label: 'ReLU', formula: 'max(0, x)' },
	{
		name: 'leakyRelu',
		label: 'Leaky ReLU',
		formula: 'x if x > 0, slope · x otherwise',
		parameter: { name: 'slope', default: 0.01, min: 0, max: 1 }
	},
	{
		name: 'elu',
		label: 'ELU',
		formula: 'x if x > 0, alpha · (e^x - 1) otherwise',
		parameter: { name: 'alpha', default: 1, min: 0, max: 3 }
	},
	{ name: 'sigmoid', label: 'Sigmoid', formula: '1 / (1 + e^-x)' },
	{ name: 'tanh', label: 'Tanh', formula: '(e^x - e^-x) / (e^x + e^-x)' },
	{ name: 'softplus', label: 'Softplus', formula: 'ln(1 + e^x)' }
];

function defaultParameter(name: ActivationName): number {
	return ACTIVATIONS.find((a) => a.name === name)?.parameter?.default ?? 0;
}

function checkName(name: string): asserts name is ActivationName {
	if (!ACTIVATIONS.some((a) => a.name === name)) {
		throw new ShapeError(
			`activation '${name}' is unknown: use one of ${ACTIVATIONS.map((a) => `'${a.name}'`).join(', ')}`
		);
	}
}

function stableSigmoid(x: number): number {
	if (x >= 0) return 1 / (1 + Math.exp(-x));
	const e = Math.exp(x);
	return e / (1 + e);
}

/**
 * An activation applied to one number. `activate('leakyRelu', -2, 0.1) === -0.2`
 * `parameter` is the slope of leaky ReLU (default 0.01) or the alpha of ELU (default 1).
 */
export function activate(name: ActivationName, x: number, parameter?: number): number {
	checkName(name);
	const p = parameter ?? defaultParameter(name);
	switch (name) {
		case 'relu':
			return x > 0 ? x : 0;
		case 'leakyRelu':
			return x > 0 ? x : p * x;
		case 'elu':
			return x > 0 ? x : p * Math.expm1(x);
		case 'sigmoid':
			return stableSigmoid(x);
		case 'tanh':
			return Math.tanh(x);
		case 'softplus':
			// max(x, 0) + ln(1 + e^-|x|): never exponentiates a large positive number.
			return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
	}
}

/**
 * Slope of an activation at x (at the kink of ReLU and leaky ReLU, the left slope).
 * `activationDerivative('sigmoid', 0) === 0.25`
 */
export function activationDerivative(name: ActivationName, x: number, parameter?: number): number {
	checkName(name);
	const p = parameter ?? defaultParameter(name);
	switch (name) {
		case 'relu':
			return x > 0 ? 1 : 0;
		case 'leakyRelu':
			return x > 0 ? 1 : p;
		case 'elu':
			return x > 0 ? 1 : p * Math.exp(x);
		case 'sigmoid': {
			const s = stableSigmoid(x);
			return s * (1 - s);
		}
		case 'tanh': {
			const t = Math.tanh(x);
			return 1 - t * t;
		}
		case 'softplus':
			return stableSigmoid(x);
	}
}

/**
 * An activation applied to every element of a tensor (a new tensor of the same shape).
 * `applyActivation('relu', featureMap)`
 */
export function applyActivation(name: ActivationName, input: Tensor, parameter?: number): Tensor {
	checkName(name);
	const out = new Float32Array(input.data.length);
	for (let i = 0; i < out.length; i++) out[i] = activate(name, input.data[i], parameter);
	return { shape: [...input.shape], data: out };
}

/**
 * Backward pass of an activation: gradInput = gradOutput · slope, with the slope computed from what
 * the forward pass saved (its output, for sigmoid, tanh and ELU; its input otherwise).
 * `activationBackward('relu', x, relu(x), gradOutput)`
 */
export function activationBackward(
	name: ActivationName,
	input: Tensor,
	output: Tensor,
	gradOutput: Tensor,
	parameter?: number
): Tensor {
	checkName(name);
	for (const [label, t] of [
		['output', output],
		['gradOutput', gradOutput]
	] as const) {
		if (!sameShape(t.shape, input.shape)) {
			throw new ShapeError(
				`${label} has shape ${shapeString(t.shape)} but the input has ${shapeString(input.shape)}: pass tensors of the same shape`
			);
		}
	}
	const p = parameter ?? defaultParameter(name);
	const grad = new Float32Array(input.data.length);
	const x = input.data;
	const y = output.data;
	const dy = gradOutput.data;
	for (let i = 0; i < grad.length; i++) {
		let slope: number;
		switch (name) {
			case 'sigmoid':
				slope = y[i] * (1 - y[i]);
				break;
			case 'tanh':
				slope = 1 - y[i] * y[i];
				break;
			case 'elu':
				slope = x[i] > 0 ? 1 : y[i] + p;
				break;
			default:
				slope = activationDerivative(name, x[i], p);
		}
		grad[i] = dy[i] * slope;
	}
	return { shape: [...input.shape], data: grad };
}

/** ReLU: max(0, x) on every element. `relu(tensor([-1, 2], [2]))` gives [0, 2] */
export function relu(input: Tensor): Tensor {
	return applyActivation('relu', input);
}
/** Backward of ReLU. `reluBackward(x, relu(x), gradOutput)` */
export function reluBackward(input: Tensor, output: Tensor, gradOutput: Tensor): Tensor {
	return activationBackward('relu', input, output, gradOutput);
}

/** Leaky ReLU: x if x > 0, slope · x otherwise. `leakyRelu(x, 0.1)` */
export function leakyRelu(input: Tensor, slope = 0.01): Tensor {
	return applyActivation('leakyRelu', input, slope);
}
/** Backward of leaky ReLU. `leakyReluBackward(x, leakyRelu(x, 0.1), gradOutput, 0.1)` */
export function leakyReluBackward(
	input: Tensor,
	output: Tensor,
	gradOutput: Tensor,
	slope = 0.01
): Tensor {
	return activationBackward('leakyRelu', input, output, gradOutput, slope);
}

/** ELU: x if x > 0, alpha · (e^x - 1) otherwise. `elu(x, 1)` */
export function elu(input: Tensor, alpha = 1): Tensor {
	return applyActivation('elu', input, alpha);
}
/** Backward of ELU. `eluBackward(x, elu(x), gradOutput)` */
export function eluBackward(input: Tensor, output: Tensor, gradOutput: Tensor, alpha = 1): Tensor {
	return activationBackward('elu', input, output, gradOutput, alpha);
}

/** Sigmoid: 1 / (1 + e^-x), without overflow. `sigmoid(x)` */
export function sigmoid(input: Tensor): Tensor {
	return applyActivation('sigmoid', input);
}
/** Backward of sigmoid, from its output: y(1 - y). `sigmoidBackward(x, sigmoid(x), gradOutput)` */
export function sigmoidBackward(input: Tensor, output: Tensor, gradOutput: Tensor): Tensor {
	return activationBackward('sigmoid', input, output, gradOutput);
}

/** Hyperbolic tangent. `tanh(x)` */
export function tanh(input: Tensor): Tensor {
	return applyActivation('tanh', input);
}
/** Backward of tanh, from its output: 1 - y². `tanhBackward(x, tanh(x), gradOutput)` */
export function tanhBackward(input: Tensor, output: Tensor, gradOutput: Tensor): Tensor {
	return activationBackward('tanh', input, output, gradOutput);
}

/** Softplus: ln(1 + e^x), without overflow. `softplus(x)` */
export function softplus(input: Tensor): Tensor {
	return applyActivation('softplus', input);
}
/** Backward of softplus: sigmoid(x). `softplusBackward(x, softplus(x), gradOutput)` */
export function softplusBackward(input: Tensor, output: Tensor, gradOutput: Tensor): Tensor {
	return activationBackward('softplus', input, output, gradOutput);
}
