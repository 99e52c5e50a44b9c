import { afterEach, describe, expect, test } from 'vitest';
import { overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';
import { engineSentence, readableLoss, statusSentence } from '$lib/figure/trainingStatus';

// The page's language, as the URL would give it.
let locale: Locale = 'en';
overwriteGetLocale(() => locale);
afterEach(() => {
	locale = 'en';
});

describe('readableLoss: a divergence message reads its loss in plain words, never in e-notation', () => {
	test.each([
		[26.04, '26', '26'],
		[31.25, '31.3', '31,3'],
		[12345.6, '12,346', '12 346'],
		[2.5e6, '2.5 million', '2,5 millions'],
		[80569417880, '80.6 billion', '80,6 milliards'],
		[3e13, '30 trillion', '30 billions'],
		[2.5e24, '2,500,000,000,000 trillion', '2 500 000 000 000 billions'],
		[Infinity, 'infinity', "l'infini"]
	])('%d reads %s, in French %s', (loss, english, french) => {
		expect(readableLoss(loss)).toBe(english);
		expect(readableLoss(loss)).not.toMatch(/e[+-]/i);
		locale = 'fr';
		expect(readableLoss(loss).replace(/[\u00a0\u202f]/g, ' ')).toBe(french);
	});
});

describe('statusSentence: the worker says facts, the figure says them in the page language', () => {
	test('a loss that exploded: how far, what chance scores, what to do', () => {
		const status = {
			what: 'diverged',
			divergence: { reason: 'exploded', loss: 80569417880, chance: Math.log(10) }
		} as const;
		expect(statusSentence(status)).toBe(
			'The training loss exploded to 80.6 billion (a network guessing at random scores about 2.3): the learning rate is too large. The last good weights are back: lower the learning rate (try 10 times smaller) and press Resume.'
		);
		locale = 'fr';
		expect(statusSentence(status)).toContain('80,6');
		expect(statusSentence(status)).toContain('environ 2,3');
	});

	test('every status has a sentence in both languages, and they differ', () => {
		const statuses = [
			{ what: 'not-started' },
			{ what: 'downloading', digits: 10000 },
			{ what: 'digits-ready' },
			{ what: 'training' },
			{ what: 'paused' },
			{ what: 'done', examples: 1024 },
			{ what: 'reset', seed: 3, stopped: true },
			{ what: 'reset', seed: 3, stopped: false },
			{ what: 'weights-loaded' },
			{ what: 'diverged', divergence: { reason: 'not-finite' } },
			{ what: 'download-failed', status: 404 },
			{ what: 'download-failed', status: null },
			{ what: 'failed', detail: 'x' }
		] as const;
		for (const status of statuses) {
			locale = 'en';
			const english = statusSentence(status);
			locale = 'fr';
			const french = statusSentence(status);
			expect(english.length, JSON.stringify(status)).toBeGreaterThan(3);
			expect(french, JSON.stringify(status)).not.toBe(english);
		}
		locale = 'en';
		expect(statusSentence({ what: 'done', examples: 1024 })).toBe('Done: 1,024 examples seen.');
	});

	test('the engine sentence names the workers and kernels', () => {
		expect(engineSentence({ workers: 0, kernels: null })).toBe('');
		expect(engineSentence({ workers: 2, kernels: 'wasm-simd' })).toBe(
			'Training on 2 Web Workers with the WebAssembly SIMD kernels.'
		);
		locale = 'fr';
		expect(engineSentence({ workers: 1, kernels: 'js' })).toBe(
			'Entraînement dans 1 Web Worker, calculs en JavaScript.'
		);
	});
});
