// Lesson 14's playground: its edits of a design, its sentences built from the engine's facts, the
// pinned runs, and the design in the figure's link (a 'text' setting checked like every other).
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import {
	analyseDesign,
	copyDesign,
	decodeDesign,
	DESIGN_LIMITS,
	DESIGN_PRESETS,
	designBudget,
	encodeDesign,
	type Design
} from '$lib/engine/playground';
import { checkSettings, parseSettings, toQuery } from '$lib/figure/settings';
import {
	addLayer,
	canAdd,
	changeKind,
	moveLayer,
	removeLayer,
	setFields
} from '$lib/widgets/playground/edit';
import { widget } from '$lib/widgets/playground/Playground.widget';
import { finished, isPinned, pinRun } from '$lib/widgets/playground/runs';
import {
	budgetSentence,
	formulaText,
	fixLabel,
	importanceSentence,
	kindName,
	problemSentence
} from '$lib/widgets/playground/words';

const tiny = () => copyDesign(DESIGN_PRESETS.tiny);

describe('edits', () => {
	it('add, remove and move layers without touching the design they were given', () => {
		const start = tiny();
		const before = encodeDesign(start);
		const added = addLayer(start, 'tanh', 1);
		expect(encodeDesign(added)).toBe('c4k3p1-t-r-m2-c8k3p1-r-m2-f-d10');
		expect(encodeDesign(removeLayer(added, 1))).toBe(before);
		expect(encodeDesign(moveLayer(start, 1, 1))).toBe('c4k3p1-m2-r-c8k3p1-r-m2-f-d10');
		// Moving past either end changes nothing.
		expect(encodeDesign(moveLayer(start, 0, -1))).toBe(before);
		expect(encodeDesign(moveLayer(start, 7, 1))).toBe(before);
		expect(encodeDesign(start)).toBe(before);
	});

	it('stop adding at the layer limit', () => {
		let design: Design = { layers: [] };
		for (let i = 0; i < DESIGN_LIMITS.layers + 3; i++) design = addLayer(design, 'relu');
		expect(design.layers).toHaveLength(DESIGN_LIMITS.layers);
		expect(canAdd(design)).toBe(false);
	});

	it('set fields, and keep shared settings when a layer changes kind', () => {
		const start = tiny();
		expect(encodeDesign(setFields(start, 0, { kernel: 5, padding: 2 }))).toMatch(/^c4k5p2-/);
		const pooled = changeKind(setFields(start, 0, { stride: 2 }), 0, 'maxPool');
		expect(pooled.layers[0]).toEqual({ kind: 'maxPool', window: 3, stride: 2 });
		expect(changeKind(start, 2, 'conv').layers[2]).toMatchObject({ kind: 'conv', kernel: 2 });
		expect(changeKind(start, 0, 'relu').layers[0]).toEqual({ kind: 'relu' });
	});
});

describe('sentences from the engine’s facts', () => {
	it('say where the broken preset breaks, numbered from 1', () => {
		const analysis = analyseDesign(DESIGN_PRESETS.broken);
		expect(analysis.firstBreak).toBe(6);
		expect(problemSentence(analysis.problems[0])).toBe(
			'Layer 7 breaks the network: a 5 × 5 kernel does not fit in its 4 × 4 input.'
		);
	});

	it('write the output-size formula with each layer’s numbers', () => {
		const rows = analyseDesign(DESIGN_PRESETS.lenet5).layers;
		expect(formulaText(rows[0].formula!)).toBe('O = (28 − 5 + 2 × 2) / 1 + 1 = 28');
		expect(formulaText(rows[2].formula!)).toBe('O = (28 − 2 + 2 × 0) / 2 + 1 = 14');
		const dilated = analyseDesign({
			layers: [{ kind: 'conv', filters: 4, kernel: 3, stride: 1, padding: 0, dilation: 2 }]
		});
		expect(formulaText(dilated.layers[0].formula!)).toBe(
			'k̂ = 3 + (3 − 1) × (2 − 1) = 5; O = (28 − 5 + 2 × 0) / 1 + 1 = 24'
		);
		// A kernel larger than its input: the numerator is negative, written with a true minus sign.
		const tooLarge = analyseDesign(DESIGN_PRESETS.broken).layers.find(
			(row) => row.formula && row.formula.output === null
		);
		expect(formulaText(tooLarge!.formula!)).toMatch(/ = −\d+ < 0$/);
	});

	it('say which rows a window leaves unread, and the last layer’s duty', () => {
		const decoded = decodeDesign('c4k9p1-r-m2-c8k3p1-r-m2-f-d12');
		if (!decoded.ok) throw new Error('the test design should decode');
		const analysis = analyseDesign(decoded.design);
		const unread = analysis.problems.find((p) => p.code === 'pixels-unread')!;
		expect(problemSentence(unread)).toBe(
			'Layer 6 never reads 1 row and 1 column of its 11 × 11 input (number 11, left over after the last window).'
		);
		const head = analysis.problems.find((p) => p.code === 'needs-ten-outputs')!;
		expect(problemSentence(head)).toBe(
			'The last layer must be dense with 10 units, one score per digit; layer 8 is dense with 12 units.'
		);
		expect(analysis.trainable).toBe(false);
	});

	it('refuse LeNet-5 without its poolings, saying which limit it passes', () => {
		const decoded = decodeDesign('c6k5p2-r-c16k5-r-f-d120-r-d84-r-d10');
		if (!decoded.ok) throw new Error('the test design should decode');
		expect(budgetSentence(designBudget(decoded.design))).toBe(
			'This design is too large to train in a page: it has 1,119,626 parameters, more than the 1,000,000 this page trains. Use fewer filters or units, or pool earlier.'
		);
		expect(budgetSentence(designBudget(DESIGN_PRESETS.lenet5))).toBeNull();
	});

	it('summarise a layer and where the important pixels lie', () => {
		const summary = {
			top: [{ row: 2, column: 3, value: 1 }],
			box: { top: 2, left: 3, bottom: 4, right: 6 },
			centre: { row: 3, column: 4 },
			region: { vertical: 'top', horizontal: 'left' },
			share: 0.25
		} as const;
		expect(importanceSentence({ ...summary, top: [...summary.top] }, 'saliency map')).toBe(
			'In the saliency map, the 1 pixels that matter most gather in the top left of the image (rows 3 to 5, columns 4 to 7) and hold 25 % of the total.'
		);
	});
});

describe('pinned runs', () => {
	it('keep the design, its costs from the engine and what the run gave; nothing before a test', () => {
		const analysis = analyseDesign(DESIGN_PRESETS.tiny);
		const session = { seed: 3, examples: 1024, seconds: 2.5, testAccuracy: 0.7 };
		expect(pinRun(session, analysis, 'c4k3p1-r-m2-c8k3p1-r-m2-f-d10')).toEqual({
			design: 'c4k3p1-r-m2-c8k3p1-r-m2-f-d10',
			seed: 3,
			accuracy: 0.7,
			parameters: 4266,
			multiplyAdds: 88592,
			examples: 1024,
			seconds: 2.5
		});
		expect(pinRun({ ...session, testAccuracy: null }, analysis, 'x')).toBeNull();
	});

	it('know a finished run, and one already pinned (same design, seed, examples and accuracy)', () => {
		const session = { seed: 3, examples: 1024, seconds: 2.5, testAccuracy: 0.7 };
		expect(finished(session, 1000)).toBe(true);
		expect(finished(session, 3000)).toBe(false);
		expect(finished({ ...session, testAccuracy: null }, 1000)).toBe(false);
		const analysis = analyseDesign(DESIGN_PRESETS.tiny);
		const run = pinRun(session, analysis, 'c4k3p1-r-m2-c8k3p1-r-m2-f-d10');
		expect(isPinned([], run)).toBe(false);
		expect(isPinned([run!], { ...run!, seconds: 9 })).toBe(true);
		expect(isPinned([run!], { ...run!, seed: 4 })).toBe(false);
		expect(isPinned([run!], null)).toBe(false);
	});
});

describe('the design in the link', () => {
	const schema = widget.schema;

	it('round-trips every preset through the query', () => {
		for (const preset of Object.values(DESIGN_PRESETS)) {
			const values = { ...checkSettings(schema, {}).values, design: encodeDesign(preset), seed: 7 };
			const query = toQuery(schema, values);
			const back = parseSettings(schema, new URLSearchParams(query));
			expect(back.problems).toEqual([]);
			expect(back.values).toEqual(values);
			const decoded = decodeDesign(back.values.design);
			expect(decoded.ok && decoded.design).toEqual(preset);
		}
	});

	it('refuses a design it cannot read, says why, and keeps the default', () => {
		const parsed = parseSettings(schema, new URLSearchParams('design=c6k5-zz-d10&seed=2'));
		expect(parsed.values.design).toBe(schema.design.default);
		expect(parsed.values.seed).toBe(2);
		expect(parsed.problems).toEqual([
			`Design: layer 2 (“zz”) is not a layer the playground knows, so the default (${schema.design.default}) is used.`
		]);
		const long = parseSettings(schema, new URLSearchParams(`design=${'r-'.repeat(400)}r`));
		expect(long.problems[0]).toMatch(/^Design: the text is longer than 600 characters/);
		expect(checkSettings(schema, { design: 42 }).problems).toEqual(['Design: 42 is not a text.']);
	});

	it('takes an empty text as the empty stack', () => {
		const parsed = parseSettings(schema, new URLSearchParams('design='));
		expect(parsed.problems).toEqual([]);
		expect(parsed.values.design).toBe('');
		expect(analyseDesign({ layers: [] }).problems[0].code).toBe('empty');
	});
});

describe('the playground in French', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));
	it('says what breaks a design, and its fixes, in French', () => {
		overwriteGetLocale(() => 'fr');
		const decoded = decodeDesign('c6k5p2-r-c16k5-r-f-d120-r-d84-r-d10');
		if (!decoded.ok) throw new Error('the test design should decode');
		expect(budgetSentence(designBudget(decoded.design))).toBe(
			"Cette architecture est trop grande pour être entraînée dans une page\u00a0: il a 1\u202f119\u202f626 paramètres, plus que les 1\u202f000\u202f000 que cette page entraîne. Prenez moins de filtres ou d'unités, ou faites le pooling plus tôt."
		);
		expect(fixLabel({ padding: 2, stride: 1 })).toBe('Prendre une marge de 2 et un pas de 1');
		expect(kindName('flatten')).toBe('aplatissement');
	});
	it('keeps the English fix buttons as they were', () => {
		expect(fixLabel({ padding: 2, stride: 1 })).toBe('Use padding 2 and stride 1');
	});
});
