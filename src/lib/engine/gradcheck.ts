/**
 * Centred finite differences, to check a backward pass against its forward pass:
 * dF/dθ_i ≈ (F(θ + ε e_i) - F(θ - ε e_i)) / 2ε.
 *
 * The tensors are float32 (about 7 significant digits), so ε must be large enough for F(θ ± ε) to
 * differ well above rounding noise: 1e-2 to 1e-3, with tolerances around 1e-2 on the relative error.
 * Compute F itself in float64 (a plain JavaScript sum) to keep that noise small.
 */

import { ShapeError } from './shape';

/** Options of a gradient check. */
export interface GradientCheckOptions {
	/** Step of the finite difference. Default 1e-2. */
	epsilon?: number;
	/** Which entries to check (default: all). */
	indices?: ArrayLike<number>;
	/**
	 * Gradients smaller than this count as zero in the relative error, so that two tiny numbers
	 * differing by rounding noise do not look wrong. Default 1e-3.
	 */
	floor?: number;
}

/** The worst entry of a gradient check. */
export interface GradientCheckReport {
	maxRelativeError: number;
	worst: { index: number; analytic: number; numeric: number } | null;
	checked: number;
}

/**
 * Like gradientCheck, but also says which entry was worst (for test failure messages).
 * `gradientCheckReport(() => loss(), weight.data, gradWeight.data).worst`
 */
export function gradientCheckReport(
	f: () => number,
	parameter: Float32Array,
	analyticGrad: Float32Array,
	options: GradientCheckOptions = {}
): GradientCheckReport {
	const { epsilon = 1e-2, floor = 1e-3 } = options;
	if (parameter.length !== analyticGrad.length) {
		throw new ShapeError(
			`the parameter has ${parameter.length} entries but its gradient has ${analyticGrad.length}: pass the gradient of this same parameter`
		);
	}
	if (!(epsilon > 0)) {
		throw new ShapeError(
			`epsilon ${epsilon} must be positive: use 1e-2 or 1e-3 for float32 tensors`
		);
	}
	const indices = options.indices ?? Array.from({ length: parameter.length }, (_, i) => i);
	let maxRelativeError = 0;
	let worst: GradientCheckReport['worst'] = null;
	for (let j = 0; j < indices.length; j++) {
		const i = indices[j];
		if (!Number.isInteger(i) || i < 0 || i >= parameter.length) {
			throw new ShapeError(
				`index ${i} is outside the parameter (0 to ${parameter.length - 1}): check the indices`
			);
		}
		const original = parameter[i];
		parameter[i] = original + epsilon;
		const up = parameter[i]; // what float32 actually stored
		const fUp = f();
		parameter[i] = original - epsilon;
		const down = parameter[i];
		const fDown = f();
		parameter[i] = original;
		const numeric = (fUp - fDown) / (up - down);
		const analytic = analyticGrad[i];
		const error =
			Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), floor);
		if (!(error <= maxRelativeError)) {
			maxRelativeError = Number.isNaN(error) ? Infinity : error;
			worst = { index: i, analytic, numeric };
		}
	}
	return { maxRelativeError, worst, checked: indices.length };
}

/**
 * Maximum relative error |a - n| / max(|a| + |n|, floor) between an analytic gradient and centred
 * finite differences of f with respect to `parameter` (changed in place, then restored).
 * Takes the arguments of gradientCheckReport (f, parameter, analyticGrad, options).
 * `gradientCheck(() => sumOf(conv2d(x, w, b)), w.data, gradWeight.data, { epsilon: 1e-2 }) < 1e-2`
 */
export function gradientCheck(...args: Parameters<typeof gradientCheckReport>): number {
	return gradientCheckReport(...args).maxRelativeError;
}
