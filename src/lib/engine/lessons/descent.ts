/**
 * Gradient descent on a loss that depends on only two weights, so that the whole loss surface can be
 * drawn (lesson 11). The surface is an elongated, tilted bowl: steep across, gentle along, like the
 * valleys real networks descend. Plain gradient descent on it:
 *
 *   w <- w - learningRate · ∇L(w)
 *
 * crawls when the learning rate is too small, converges when it is right, and zigzags out of the bowl
 * (diverges) once it exceeds 2 / (steepest curvature).
 */

/** A point of the plane of two weights. */
export type Weights = readonly [number, number];

/** A loss of two weights with its gradient, the region worth drawing and its lowest point. */
export interface LossSurface {
	name: string;
	label: string;
	loss(w: Weights): number;
	gradient(w: Weights): [number, number];
	/** Drawn region: [min, max] of w1 and of w2. */
	range: { w1: [number, number]; w2: [number, number] };
	minimum: Weights;
	minimumLoss: number;
	/** Where descent starts by default. */
	start: Weights;
	/** Curvatures along the bowl's two axes (gentle first). Descent diverges above 2 / steep. */
	curvatures: [number, number];
}

/**
 * The tilted bowl L(w) = ½ (gentle · u² + steep · v²) + floor, where u and v are the offsets from the
 * minimum along the bowl's axes (turned by `angle` radians).
 * `bowl().loss(bowl().minimum) === bowl().minimumLoss`
 */
export function bowl(gentle = 1, steep = 8, angle = Math.PI / 6): LossSurface {
	const minimum: Weights = [1, -0.5];
	const floor = 0.1;
	const cos = Math.cos(angle);
	const sin = Math.sin(angle);
	const axes = (w: Weights): [number, number] => {
		const dx = w[0] - minimum[0];
		const dy = w[1] - minimum[1];
		return [cos * dx + sin * dy, -sin * dx + cos * dy];
	};
	return {
		name: 'bowl',
		label: 'a tilted bowl',
		loss(w) {
			const [u, v] = axes(w);
			return 0.5 * (gentle * u * u + steep * v * v) + floor;
		},
		gradient(w) {
			const [u, v] = axes(w);
			const gu = gentle * u;
			const gv = steep * v;
			// Back from the bowl's axes to w1, w2 (the rotation's transpose).
			return [cos * gu - sin * gv, sin * gu + cos * gv];
		},
		range: { w1: [-3, 4], w2: [-3, 3] },
		minimum,
		minimumLoss: floor,
		start: [-2.2, 1.6],
		curvatures: [gentle, steep]
	};
}

/** How a run of descent ended. */
export type DescentVerdict = 'converges' | 'crawls' | 'diverges';

/** One point of the path: the weights, the loss there and its gradient. */
export interface DescentPoint {
	w: Weights;
	loss: number;
	gradient: [number, number];
}

export interface DescentRun {
	/** path[0] is the start; path[k] the weights after k steps. */
	path: DescentPoint[];
	verdict: DescentVerdict;
	/** Why, as numbers the figure words: see `DescentFacts`. */
	facts: DescentFacts;
}

/** The numbers behind a verdict. */
export interface DescentFacts {
	/** Steps taken (fewer than asked when the loss exploded). */
	steps: number;
	/** Distance left to the bottom, as a fraction of the starting distance. */
	left: number;
	/** Within this fraction of the starting distance counts as converged. */
	convergedWithin: number;
	/** Rates above this overshoot the steep direction more at every step (2 / its curvature). */
	divergesAbove: number;
}

/** Loss this far above its starting value (or not finite) counts as diverged, and the run stops. */
const DIVERGED_FACTOR = 1e3;
/** Within this fraction of the starting distance from the bottom counts as converged. */
const CONVERGED_DISTANCE = 0.05;

/**
 * Runs `steps` steps of gradient descent from `start`. Stops early when the loss explodes.
 * `descend(bowl(), [-2, 1], 0.1, 40).verdict === 'converges'`
 */
export function descend(
	surface: LossSurface,
	start: Weights,
	learningRate: number,
	steps: number
): DescentRun {
	if (!(learningRate > 0) || !Number.isFinite(learningRate)) {
		throw new RangeError(`learning rate must be a finite number > 0, got ${learningRate}`);
	}
	if (!Number.isInteger(steps) || steps < 0) {
		throw new RangeError(`steps must be a whole number >= 0, got ${steps}`);
	}
	const point = (w: Weights): DescentPoint => ({
		w,
		loss: surface.loss(w),
		gradient: surface.gradient(w)
	});
	const path: DescentPoint[] = [point(start)];
	const startGap = path[0].loss - surface.minimumLoss;
	let exploded = false;
	for (let k = 0; k < steps; k++) {
		const { w, gradient } = path[path.length - 1];
		const next = point([w[0] - learningRate * gradient[0], w[1] - learningRate * gradient[1]]);
		path.push(next);
		if (
			!Number.isFinite(next.loss) ||
			next.loss - surface.minimumLoss > DIVERGED_FACTOR * Math.max(startGap, 1)
		) {
			exploded = true;
			break;
		}
	}
	const last = path[path.length - 1];
	const distance = (w: Weights) => Math.hypot(w[0] - surface.minimum[0], w[1] - surface.minimum[1]);
	const startDistance = distance(start);
	const left = distance(last.w) / Math.max(startDistance, 1e-12);
	const limit = 2 / surface.curvatures[1];
	const verdict: DescentVerdict =
		exploded || last.loss - surface.minimumLoss > startGap
			? 'diverges'
			: left <= CONVERGED_DISTANCE
				? 'converges'
				: 'crawls';
	const facts = {
		steps: path.length - 1,
		left,
		convergedWithin: CONVERGED_DISTANCE,
		divergesAbove: limit
	};
	return { path, verdict, facts };
}

/**
 * The loss on a grid of `columns` x `rows` points covering the surface's range, row 0 at the top
 * (largest w2), for drawing. `sampleSurface(bowl(), 40, 30).values.length === 1200`
 */
export function sampleSurface(
	surface: LossSurface,
	columns: number,
	rows: number
): { values: Float64Array; min: number; max: number } {
	const values = new Float64Array(columns * rows);
	let min = Infinity;
	let max = -Infinity;
	const [x0, x1] = surface.range.w1;
	const [y0, y1] = surface.range.w2;
	for (let r = 0; r < rows; r++) {
		const w2 = y1 - ((r + 0.5) / rows) * (y1 - y0);
		for (let c = 0; c < columns; c++) {
			const w1 = x0 + ((c + 0.5) / columns) * (x1 - x0);
			const value = surface.loss([w1, w2]);
			values[r * columns + c] = value;
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
	}
	return { values, min, max };
}
