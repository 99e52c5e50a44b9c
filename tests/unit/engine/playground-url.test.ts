/**
 * A design as link text: the presets' texts, round trips (presets, random designs, every field at its
 * limits), and tampered or fuzzed texts that give a structured problem, never a crash.
 */
import { describe, expect, it } from 'vitest';
import {
	analyseDesign,
	decodeDesign,
	type Design,
	type DesignLayer,
	DESIGN_LIMITS,
	DESIGN_PRESETS,
	DESIGN_TEXT_MAX,
	encodeDesign,
	type PresetId
} from '../../../src/lib/engine/playground';
import { createRandom, type Random } from '../../../src/lib/engine/random';

describe('encodeDesign', () => {
	it('writes the presets as short readable texts', () => {
		expect(encodeDesign(DESIGN_PRESETS.lenet5)).toBe('c6k5p2-r-m2-c16k5-r-m2-f-d120-r-d84-r-d10');
		expect(encodeDesign(DESIGN_PRESETS.tiny)).toBe('c4k3p1-r-m2-c8k3p1-r-m2-f-d10');
		expect(encodeDesign(DESIGN_PRESETS.dense)).toBe('f-d64-r-d10');
		expect(encodeDesign(DESIGN_PRESETS.broken)).toBe('c8k5-r-m2-c16k5-r-m2-c32k5-r-f-d10');
	});

	it('writes only the settings that differ from their defaults', () => {
		const design: Design = {
			layers: [
				{ kind: 'conv', filters: 3, kernel: 3, stride: 2, padding: 1, dilation: 2 },
				{ kind: 'leakyRelu', slope: 0.05 },
				{ kind: 'meanPool', window: 3, stride: 1 },
				{ kind: 'tanh' }
			]
		};
		expect(encodeDesign(design)).toBe('c3k3s2p1d2-l0.05-a3s1-t');
	});
});

function randomLayer(rng: Random): DesignLayer {
	const whole = (range: { min: number; max: number }) =>
		range.min + rng.int(range.max - range.min + 1);
	switch (rng.int(8)) {
		case 0:
			return {
				kind: 'conv',
				filters: whole(DESIGN_LIMITS.conv.filters),
				kernel: whole(DESIGN_LIMITS.conv.kernel),
				stride: whole(DESIGN_LIMITS.conv.stride),
				padding: whole(DESIGN_LIMITS.conv.padding),
				dilation: whole(DESIGN_LIMITS.conv.dilation)
			};
		case 1:
		case 2:
			return {
				kind: rng.next() < 0.5 ? 'maxPool' : 'meanPool',
				window: whole(DESIGN_LIMITS.pool.window),
				stride: whole(DESIGN_LIMITS.pool.stride)
			};
		case 3:
			return { kind: 'leakyRelu', slope: whole({ min: 1, max: 990 }) / 1000 };
		case 4:
			return { kind: 'dense', units: whole(DESIGN_LIMITS.dense.units) };
		default:
			return { kind: (['relu', 'tanh', 'flatten'] as const)[rng.int(3)] };
	}
}

describe('decodeDesign', () => {
	it('round-trips the presets', () => {
		for (const id of Object.keys(DESIGN_PRESETS) as PresetId[]) {
			expect(decodeDesign(encodeDesign(DESIGN_PRESETS[id]))).toEqual({
				ok: true,
				design: DESIGN_PRESETS[id]
			});
		}
	});

	it('round-trips 500 random designs within the limits (valid or not as networks)', () => {
		const rng = createRandom(99);
		for (let i = 0; i < 500; i++) {
			const design: Design = {
				layers: Array.from({ length: 1 + rng.int(DESIGN_LIMITS.layers) }, () => randomLayer(rng))
			};
			const text = encodeDesign(design);
			expect(text.length).toBeLessThanOrEqual(DESIGN_TEXT_MAX);
			expect(decodeDesign(text)).toEqual({ ok: true, design });
		}
	});

	it('accepts capitals and surrounding spaces; fills the defaults', () => {
		expect(decodeDesign(' C6K5P2-R-M2 ')).toEqual({
			ok: true,
			design: {
				layers: [
					{ kind: 'conv', filters: 6, kernel: 5, stride: 1, padding: 2, dilation: 1 },
					{ kind: 'relu' },
					{ kind: 'maxPool', window: 2, stride: 2 }
				]
			}
		});
	});

	it('says what is wrong with a tampered text, and where', () => {
		const cases: [string, object][] = [
			['', { code: 'empty' }],
			['x'.repeat(DESIGN_TEXT_MAX + 1), { code: 'too-long', max: DESIGN_TEXT_MAX }],
			[Array(31).fill('r').join('-'), { code: 'too-many-layers', count: 31, max: 30 }],
			['c6k5-q-d10', { code: 'unknown-layer', token: 1, text: 'q' }],
			['c6k5--d10', { code: 'unknown-layer', token: 1 }],
			['r2', { code: 'unknown-layer', token: 0 }],
			['c6k5x3', { code: 'unknown-layer', token: 0 }],
			['c6', { code: 'bad-field', token: 0, field: 'kernel' }],
			['ck5', { code: 'bad-field', token: 0, field: 'filters' }],
			['c6k05', { code: 'bad-field', token: 0, field: 'kernel' }],
			['c6k5k3', { code: 'repeated-field', token: 0, field: 'kernel' }],
			['c6k1.5', { code: 'bad-field', field: 'kernel' }],
			['c0k5', { code: 'out-of-range', field: 'filters', value: 0, min: 1, max: 64 }],
			['c65k5', { code: 'out-of-range', field: 'filters', value: 65 }],
			['c6k5p15', { code: 'out-of-range', field: 'padding', value: 15, max: 14 }],
			['m29', { code: 'out-of-range', field: 'window', value: 29 }],
			['r-d1025', { code: 'out-of-range', token: 1, field: 'units', value: 1025 }],
			['l0', { code: 'out-of-range', field: 'slope', value: 0, min: 0.001 }],
			['l0.0001', { code: 'bad-field', field: 'slope' }],
			['l1', { code: 'out-of-range', field: 'slope', value: 1 }],
			['d1e3', { code: 'unknown-layer' }],
			['d-10', { code: 'bad-field', field: 'units' }],
			['d9999999', { code: 'bad-field', field: 'units' }]
		];
		for (const [text, problem] of cases) {
			const result = decodeDesign(text);
			expect(result.ok, text).toBe(false);
			if (!result.ok) expect(result.problem, text).toMatchObject(problem);
		}
	});

	it('never throws on fuzzed texts; whatever it accepts re-encodes to the same design', () => {
		const rng = createRandom(7);
		const alphabet = 'cmartfldkspx0123456789.-- _%é';
		const base = encodeDesign(DESIGN_PRESETS.lenet5);
		let accepted = 0;
		for (let i = 0; i < 3000; i++) {
			let text: string;
			if (i % 2 === 0) {
				text = Array.from({ length: rng.int(40) }, () => alphabet[rng.int(alphabet.length)]).join(
					''
				);
			} else {
				// Mutate a real link: replace, delete or insert a few characters.
				const chars = base.split('');
				for (let m = 1 + rng.int(3); m > 0; m--) {
					const at = rng.int(chars.length);
					const op = rng.int(3);
					const c = alphabet[rng.int(alphabet.length)];
					if (op === 0) chars[at] = c;
					else if (op === 1) chars.splice(at, 1);
					else chars.splice(at, 0, c);
				}
				text = chars.join('');
			}
			const result = decodeDesign(text);
			if (result.ok) {
				accepted++;
				expect(decodeDesign(encodeDesign(result.design))).toEqual(result);
				// An accepted design is always something the analysis can judge without throwing.
				expect(() => analyseDesign(result.design)).not.toThrow();
			} else {
				expect(typeof result.problem.code).toBe('string');
			}
		}
		expect(accepted).toBeGreaterThan(0);
	});

	it('refuses what is not text', () => {
		expect(decodeDesign(undefined as unknown as string)).toEqual({
			ok: false,
			problem: { code: 'empty' }
		});
	});
});
