import { expect, test, type Page } from '@playwright/test';
import { readBuiltMnist } from '../../scripts/build-mnist';
import { loadFastKernels } from '../../src/lib/engine/kernels';
import { TrainingRun } from '../../src/lib/engine/lessons/trainingRun';
import {
	analyseDesign,
	buildDesign,
	decodeDesign,
	DESIGN_PRESETS,
	encodeDesign,
	type Design
} from '../../src/lib/engine/playground';
import { grouped, percent } from '../../src/lib/figure/format';
import { DEFAULT_HYPER } from '../../src/lib/workers/protocol';
import { ParallelSteps } from '../../src/lib/workers/shares';
import { localHelper } from '../shared/local-helper';
import { collectErrors, expectNoAxeViolations, open } from './helpers';

const lesson = '/lessons/14-build-your-own-cnn';
const standalone = '/widgets/cnn-playground';

function figure(page: Page) {
	return page.getByRole('figure', { name: 'Build your own CNN' });
}

const layer = (page: Page, number: number) =>
	figure(page).getByRole('group', { name: new RegExp(`^Layer ${number}:`) });

/** Each layer's output shape as the figure writes it, checked against the engine's analysis. */
async function expectShapes(page: Page, design: Design) {
	const rows = analyseDesign(design).layers;
	for (const row of rows) {
		const facts = layer(page, row.index + 1).locator('.facts');
		await expect(facts).toContainText(`→ ${row.outputShape!.join(' × ')}`);
		await expect(facts).toContainText(`${grouped(row.parameters!)} parameters`);
		await expect(facts).toContainText(`${grouped(row.multiplyAdds!)} multiply-adds`);
	}
}

/** Adds a layer with the keyboard alone: type its kind's first letter in the select, Tab, Enter. */
async function addByKeyboard(page: Page, letter: string) {
	await figure(page).getByLabel('New layer').focus();
	await page.keyboard.type(letter);
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
}

test.describe('lesson 14: build your own CNN', () => {
	test('a design built by keyboard, its shapes from the engine, and its link', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(`${standalone}?design=`);
		await expect(figure(page)).toContainText('The network has no layer');
		for (const letter of ['c', 'r', 'm', 'f', 'd']) await addByKeyboard(page, letter);
		// Four filters instead of eight, typed in the first layer's box.
		await layer(page, 1).getByLabel('Filters').focus();
		await page.keyboard.press('Control+A');
		await page.keyboard.type('4');
		const built: Design = {
			layers: [
				{ kind: 'conv', filters: 4, kernel: 3, stride: 1, padding: 1, dilation: 1 },
				{ kind: 'relu' },
				{ kind: 'maxPool', window: 2, stride: 2 },
				{ kind: 'flatten' },
				{ kind: 'dense', units: 10 }
			]
		};
		await expectShapes(page, built);
		const totals = analyseDesign(built).totals;
		await expect(figure(page).getByTestId('playground-totals')).toContainText(
			`5 layers, ${grouped(totals.parameters)} parameters, ${grouped(totals.multiplyAdds)} multiply-adds`
		);
		await expect(layer(page, 1)).toContainText('O = (28 − 3 + 2 × 1) / 1 + 1 = 28');

		// The link holds the design and the seed; opening it gives the same stack back.
		await figure(page).getByLabel('Seed').fill('7');
		await expect(page).toHaveURL(/seed=7/);
		const query = new URL(page.url()).searchParams;
		expect(query.get('design')).toBe(encodeDesign(built));
		await page.goto(`${standalone}?${query.toString()}`);
		await expectShapes(page, built);
		await expect(figure(page).getByLabel('Seed')).toHaveValue('7');

		// Reordering by keyboard: the pooling moves above the ReLU.
		await layer(page, 3).getByRole('button', { name: 'Move layer 3 up' }).focus();
		await page.keyboard.press('Enter');
		await expect(layer(page, 2)).toContainText('Layer 2: pool1');
		expect(errors).toEqual([]);
	});

	test('LeNet-5 designed with the keyboard alone, from an empty stack', async ({ page }) => {
		const errors = collectErrors(page);
		await page.goto(`${standalone}?design=`);
		for (const letter of ['c', 'r', 'm', 'c', 'r', 'm', 'f', 'd', 'r', 'd', 'r', 'd'])
			await addByKeyboard(page, letter);
		const typeIn = async (number: number, label: string, value: number) => {
			await layer(page, number).getByLabel(label).focus();
			await page.keyboard.press('Control+A');
			await page.keyboard.type(String(value));
			await page.keyboard.press('Tab');
		};
		await typeIn(1, 'Filters', 6);
		await typeIn(1, 'Kernel', 5);
		await typeIn(1, 'Padding', 2);
		await typeIn(4, 'Filters', 16);
		await typeIn(4, 'Kernel', 5);
		await typeIn(4, 'Padding', 0);
		await typeIn(8, 'Units', 120);
		await typeIn(10, 'Units', 84);
		await typeIn(12, 'Units', 10);
		await expectShapes(page, DESIGN_PRESETS.lenet5);
		await expect(figure(page).getByTestId('playground-totals')).toContainText(
			'12 layers, 61,706 parameters, 416,520 multiply-adds'
		);
		await expect(page).toHaveURL(new RegExp(`design=${encodeDesign(DESIGN_PRESETS.lenet5)}(&|$)`));
		expect(errors).toEqual([]);
	});

	test('a broken stack is marked where it breaks, training waits, a fix from the engine repairs it', async ({
		page
	}) => {
		await page.goto(standalone);
		await figure(page).getByRole('button', { name: 'A broken one' }).click();
		const broken = analyseDesign(DESIGN_PRESETS.broken);
		const at = broken.firstBreak! + 1;
		await expect(layer(page, at).getByRole('alert')).toContainText(
			`Layer ${at} breaks the network: a 5 × 5 kernel does not fit in its 4 × 4 input.`
		);
		await expect(figure(page).getByRole('button', { name: 'Start training' })).toBeDisabled();
		await expect(figure(page).getByTestId('refusal')).toContainText('Training waits until');
		// Layers after the break have no shape.
		await expect(layer(page, at + 1).locator('.facts')).toContainText('no output');

		await layer(page, at).getByRole('button', { name: 'Use kernel 4' }).click();
		await expect(layer(page, at).getByRole('alert')).toHaveCount(0);
		await expect(layer(page, at).locator('.facts')).toContainText('→ 32 × 1 × 1');
		await expect(figure(page).getByRole('button', { name: 'Start training' })).toBeEnabled();

		// Too large to train: LeNet-5 without its poolings is refused before it starts, with the reason.
		const unpooled = decodeDesign('c6k5p2-r-c16k5-r-f-d120-r-d84-r-d10');
		if (!unpooled.ok) throw new Error('the test design should decode');
		await page.goto(`${standalone}?design=${encodeDesign(unpooled.design)}`);
		await expect(figure(page).getByTestId('refusal')).toContainText(
			'it has 1,119,626 parameters, more than the 1,000,000 this page trains'
		);
		await expect(figure(page).getByRole('button', { name: 'Start training' })).toBeDisabled();
	});

	test('the tiny design trains in the workers, is pinned, and shows what it looks at', async ({
		page
	}) => {
		test.setTimeout(300_000);
		const errors = collectErrors(page);
		await open(page, lesson);
		const fig = figure(page);
		await fig.getByRole('button', { name: 'Tiny: two convolutions' }).click();
		await fig.getByLabel('Examples to train on').selectOption('1000');
		await fig.getByRole('button', { name: 'Start training' }).click();
		await expect(fig.getByTestId('playground-status')).toContainText('Done:', {
			timeout: 240_000
		});
		const accuracy = Number.parseFloat(await fig.getByTestId('playground-accuracy').innerText());
		// Ten classes: chance is 10 %; a thousand examples take the tiny network far above it.
		expect(accuracy).toBeGreaterThan(40);
		await fig.getByRole('button', { name: 'Pin this run' }).click();
		const pinned = fig.getByRole('table', { name: 'Pinned runs' });
		await expect(pinned).toContainText(encodeDesign(DESIGN_PRESETS.tiny));
		await expect(pinned).toContainText(
			grouped(analyseDesign(DESIGN_PRESETS.tiny).totals.parameters)
		);

		await fig.getByRole('button', { name: 'Show test digit' }).click();
		const said = fig.getByTestId('look-sentences');
		await expect(said).toContainText('The network answers');
		await expect(said).toContainText('In the saliency map, the 40 pixels that matter most');
		await expect(said).toContainText('In the occlusion map');
		await expect(fig.getByRole('img', { name: 'Saliency map, 28 by 28' })).toBeVisible();
		await expectNoAxeViolations(page);
		expect(errors).toEqual([]);
	});

	test('a fixed seed and number of examples give the test accuracy the engine computes in Node', async ({
		page
	}) => {
		test.setTimeout(300_000);
		const errors = collectErrors(page);
		const seed = 5;
		const examples = 1000;
		const design = DESIGN_PRESETS.tiny;
		await page.goto(
			`${standalone}?design=${encodeDesign(design)}&seed=${seed}&examples=${examples}`
		);
		const fig = figure(page);
		await fig.getByRole('button', { name: 'Start training' }).click();
		await expect(fig.getByTestId('playground-status')).toContainText('Done: 1,024 examples seen', {
			timeout: 240_000
		});
		const engine = await fig.getByTestId('playground-workers').innerText();
		const workers = Number(/Training on (\d+) Web Workers?/.exec(engine)?.[1]);
		expect(workers).toBeGreaterThanOrEqual(1);
		const fast = engine.includes('WebAssembly SIMD');

		// The same run in Node: the engine and the same kernels, with each batch cut among as many
		// workers, whose gradients are added in the same order, so the weights are the same to the bit.
		if (fast) expect(await loadFastKernels()).toBe(true);
		const run = new TrainingRun(readBuiltMnist(), {
			...DEFAULT_HYPER,
			seed,
			model: buildDesign(design, seed)
		});
		const helpers = Array.from({ length: workers - 1 }, () => localHelper());
		const parallel = helpers.length > 0 ? new ParallelSteps(helpers) : null;
		while (run.examples < examples) {
			const stepped = parallel
				? await run.stepWith((...step) => parallel.step(...step))
				: run.step();
			expect(stepped).toBe(true);
		}
		expect(run.examples).toBe(1024);
		const expected = run.point(true).testAccuracy;
		expect(expected).toBeDefined();
		await expect(fig.getByTestId('playground-accuracy')).toHaveText(percent(expected!));

		// A new seed replaces the finished run, which nobody pinned: the figure pins it first, and says so.
		await fig.getByLabel('Seed').fill('6');
		await expect(fig.getByTestId('pinned-note')).toHaveText(
			`A new seed starts a new network; the run you had finished (${percent(expected!)}) is kept in the pinned runs.`
		);
		await expect(fig.getByRole('table', { name: 'Pinned runs' })).toContainText(
			`${encodeDesign(design)} (seed 5)`
		);
		await expect(fig.getByTestId('playground-accuracy')).toHaveText('–');
		expect(errors).toEqual([]);
	});
});
