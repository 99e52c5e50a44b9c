import { afterEach, describe, expect, test } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { bowl, descend } from '$lib/engine/lessons/descent';
import {
	arrowMove,
	clampStart,
	describeRun,
	LAST_STEP,
	lossAxisTop,
	lossText,
	stepOf,
	stepSetting
} from '$lib/widgets/learning/descentScene';

const surface = bowl();

describe('lossText: a loss as the reader reads it, never in e-notation', () => {
	test.each([
		[0.5, '0.50'],
		[999.994, '999.99'],
		[1000, '1,000'],
		[140757.657, '140,758'],
		[80569417880, '80.6 billion'],
		[2.5e6, '2.5 million'],
		[3e13, '30.0 trillion'],
		[4.2e20, '420,000 million billion'],
		[Infinity, 'infinite'],
		[NaN, 'not a number']
	])('%d reads %s', (loss, text) => {
		expect(lossText(loss)).toBe(text);
		expect(lossText(loss)).not.toMatch(/e[+-]/);
	});
});

describe('the step shown: one count from 0 (the start) to the number of steps', () => {
	const run = descend(surface, surface.start, 0.1, 40);
	test('path of 40 steps has 41 points, step 0 to 40', () => {
		expect(run.path.length).toBe(41);
		expect(stepOf(LAST_STEP, run)).toBe(40);
		expect(stepOf(12, run)).toBe(12);
	});
	test('the setting keeps a middle step and says "the end" for the last', () => {
		expect(stepSetting(12, run)).toBe(12);
		expect(stepSetting(40, run)).toBe(LAST_STEP);
		expect(stepOf(stepSetting(12, run), run)).toBe(12);
	});
	test('a run that blows up early ends at its last point', () => {
		const wild = descend(surface, surface.start, 0.6, 100);
		expect(wild.path.length).toBeLessThan(101);
		expect(stepOf(LAST_STEP, wild)).toBe(wild.path.length - 1);
	});
	test('the description counts the same steps as the slider', () => {
		expect(describeRun(surface, run, 0.1, surface.start, 0)).toContain('After 0 of 40 steps');
		expect(describeRun(surface, run, 0.1, surface.start, 40)).toContain('After 40 of 40 steps');
	});
});

describe('the loss axis goes up to the largest loss of the run', () => {
	test('a calm run keeps the axis at 1,000', () => {
		expect(lossAxisTop(descend(surface, surface.start, 0.1, 40))).toBe(1000);
	});
	test('a diverging run raises it to the power of ten above its largest loss', () => {
		const wild = descend(surface, surface.start, 0.6, 40);
		const largest = Math.max(...wild.path.map((p) => p.loss));
		expect(largest).toBeGreaterThan(1000);
		const top = lossAxisTop(wild);
		expect(top).toBeGreaterThanOrEqual(largest);
		expect(top / 10).toBeLessThan(largest);
	});
});

describe('moving the start', () => {
	test('rounds to the hundredth and stays on the surface', () => {
		expect(clampStart(surface, [0.123, -0.456])).toEqual([0.12, -0.46]);
		expect(clampStart(surface, [99, -99])).toEqual([surface.range.w1[1], surface.range.w2[0]]);
	});
	test('arrow keys move by 0.1, with shift by 0.5; other keys do nothing', () => {
		expect(arrowMove('ArrowRight', false)).toEqual([0.1, 0]);
		expect(arrowMove('ArrowDown', true)).toEqual([0, -0.5]);
		expect(arrowMove('a', false)).toBeNull();
	});
});

describe('the run in words, from the engine facts', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));
	test('each verdict says why in English, with the numbers', () => {
		const said = (rate: number) => {
			const run = descend(surface, surface.start, rate, 40);
			return describeRun(surface, run, rate, surface.start, run.path.length - 1);
		};
		expect(said(0.1)).toMatch(
			/This run converges: after 40 steps the weights are within 5% of the starting distance from the bottom\.$/
		);
		expect(said(0.01)).toMatch(/This run crawls: after 40 steps the weights are still \d+% of/);
		expect(said(0.3)).toMatch(/This run diverges: .*above 0\.25 the loss grows at every step\.$/);
	});
	test('in French: decimal commas, French thousands, French verdicts', () => {
		overwriteGetLocale(() => 'fr');
		expect(lossText(80569417880)).toBe('80,6 milliards');
		expect(lossText(1.5e6)).toBe('1,5 million');
		expect(lossText(3e13)).toBe('30,0 billions');
		const run = descend(surface, surface.start, 0.1, 40);
		expect(describeRun(surface, run, 0.1, surface.start, 40)).toMatch(
			/^Taux d'apprentissage 0,100, départ en w₁ = −2,20, w₂ = 1,60\. Après 40 pas sur 40, .*Cette descente converge\u00a0: après 40 pas, les poids sont à moins de 5\u00a0% de leur distance de départ au fond\.$/
		);
	});
});
