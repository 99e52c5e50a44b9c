/**
 * A seeded random generator (mulberry32), so that a seed reproduces a run exactly:
 * the same initial filters, the same shuffles, the same curves.
 */

export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform in [low, high). */
	uniform(low: number, high: number): number;
	/** Standard normal (Box-Muller), scaled: mean + std * z. */
	normal(mean?: number, std?: number): number;
	/** Whole number in [0, n). */
	int(n: number): number;
	/** Shuffles an array in place (Fisher-Yates) and returns it. */
	shuffle<T>(items: T[]): T[];
}

/** A generator whose sequence depends only on `seed`. `const rng = createRandom(42); rng.next()` */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	let spare: number | null = null;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const normal = (mean = 0, std = 1): number => {
		if (spare !== null) {
			const z = spare;
			spare = null;
			return mean + std * z;
		}
		let u = 0;
		while (u === 0) u = next();
		const v = next();
		const r = Math.sqrt(-2 * Math.log(u));
		spare = r * Math.sin(2 * Math.PI * v);
		return mean + std * r * Math.cos(2 * Math.PI * v);
	};
	return {
		next,
		uniform: (low, high) => low + (high - low) * next(),
		normal,
		int: (n) => Math.floor(next() * n),
		shuffle<T>(items: T[]): T[] {
			for (let i = items.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[items[i], items[j]] = [items[j], items[i]];
			}
			return items;
		}
	};
}
