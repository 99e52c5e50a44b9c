import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import { decide, softmaxWorking } from '../../../src/lib/engine/lessons/decision';
import { denseTraced } from '../../../src/lib/engine/lessons/denseTrace';
import {
	describeDecision,
	PRESETS,
	softmaxTex,
	verdictText
} from '../../../src/lib/widgets/dense/decisionWords';
import { denseExample, INPUTS, OUTPUTS } from '../../../src/lib/widgets/dense/denseScene';

describe('lesson 08 dense layer example', () => {
	it('is reproducible from its seed, after ReLU, rounded for the cells', () => {
		const a = denseExample(4);
		expect(denseExample(4)).toEqual(a);
		expect(denseExample(5).weight.data).not.toEqual(a.weight.data);
		expect(a.vector.shape).toEqual([1, INPUTS]);
		expect(a.weight.shape).toEqual([OUTPUTS, INPUTS]);
		expect(
			Array.from(a.vector.data).every((x) => x >= 0 && Math.abs(x * 10 - Math.round(x * 10)) < 1e-4)
		).toBe(true);
		expect(
			Array.from(a.weight.data).every((w) => Math.abs(w * 100 - Math.round(w * 100)) < 1e-3)
		).toBe(true);
		expect(denseTraced(a.vector, a.weight, a.bias).output.data).toHaveLength(OUTPUTS);
	});
});

describe('lesson 08 softmax words', () => {
	const scores = [...PRESETS[0].scores];
	const working = softmaxWorking(scores);
	const probabilities = Array.from(working.probabilities);
	const total = probabilities.reduce((sum, p) => sum + p, 0);

	it('takes the largest, or refuses below the threshold', () => {
		const largest = decide(probabilities);
		expect(describeDecision(scores, largest, total, 'largest', 0.7)).toMatch(
			/^Scores 0: 0\.2, 1: 2\.1, .*most probable class is 7 with .*Rule: take the largest, so the answer is 7\.$/
		);
		expect(verdictText(largest)).toBe('Answer: 7');
		const refused = decide(probabilities, 0.99);
		expect(describeDecision(scores, refused, total, 'threshold', 0.99)).toMatch(
			/Rule: refuse below 99\.0 %; .* is not enough, so the network does not answer\.$/
		);
		expect(verdictText(refused)).toBe('No answer: the best guess, 7, is below the threshold');
	});

	it('writes the formula of the most probable class with its numbers', () => {
		const tex = softmaxTex(scores, working, decide(probabilities));
		expect(tex).toContain('p_{7} &= \\frac{e^{4.5}}');
		expect(tex).toContain(`${working.total.toFixed(2)}}`);
	});
});

describe('lesson 08 softmax words in French', () => {
	const scores = [...PRESETS[0].scores];
	const working = softmaxWorking(scores);
	const probabilities = Array.from(working.probabilities);
	const total = probabilities.reduce((sum, p) => sum + p, 0);
	afterEach(() => overwriteGetLocale(() => 'en'));

	it('lists the scores with decimal commas between semicolons, and says the rule in French', () => {
		overwriteGetLocale(() => 'fr');
		const refused = decide(probabilities, 0.99);
		expect(describeDecision(scores, refused, total, 'threshold', 0.99)).toMatch(
			/^Scores 0\u00a0: 0,2\u00a0; 1\u00a0: 2,1\u00a0; .*la somme des dix probabilités vaut 1,000\. Règle\u00a0: refuser sous 99,0\u00a0%\u00a0; .* ne suffit pas, donc le réseau ne répond pas\.$/
		);
		expect(verdictText(decide(probabilities))).toBe('Réponse\u00a0: 7');
		expect(PRESETS[0].name()).toBe("Sûr que c'est un 7");
	});

	it('writes the formula with decimal commas, which renderTex turns into {,}', () => {
		overwriteGetLocale(() => 'fr');
		expect(softmaxTex(scores, working, decide(probabilities))).toContain(
			'p_{7} &= \\frac{e^{4,5}}'
		);
	});
});
