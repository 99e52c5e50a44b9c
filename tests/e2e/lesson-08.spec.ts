import { expect, test, type Locator, type Page } from '@playwright/test';
import { decide } from '../../src/lib/engine/lessons/decision';
import { dense } from '../../src/lib/engine/dense';
import { softmax } from '../../src/lib/engine/loss';
import { tensor } from '../../src/lib/engine/tensor';
import { START_SCORES } from '../../src/lib/widgets/dense/SoftmaxDecision.widget';
import { collectErrors, open } from './helpers';

const url = '/lessons/08-the-fully-connected-layer';

function figure(page: Page, title: string) {
	return page.getByRole('figure', { name: title });
}

const number = (text: string) => Number(text.replace('−', '-').replace(/[^\d.-]/g, ''));
const fixed = (value: number, decimals = 2) => {
	const text = Math.abs(value).toFixed(decimals);
	return `${value < 0 && Number(text) !== 0 ? '−' : ''}${text}`;
};

/** The numbers written on the cells of the figure's grids: input vector, weight matrix, products. */
async function gridNumbers(dense: Locator) {
	const svgs = dense.locator('svg');
	const read = async (i: number) =>
		(await svgs.nth(i).locator('text').allTextContents()).map(number);
	return { vector: await read(0), weights: await read(1), products: await read(2) };
}

/** What the engine's dense layer gives for the numbers on screen. */
async function engineScores(figureLocator: Locator) {
	const { vector, weights } = await gridNumbers(figureLocator);
	expect(vector).toHaveLength(18);
	expect(weights).toHaveLength(180);
	const withoutBias = dense(tensor(vector, [1, 18]), tensor(weights, [10, 18]), null);
	return { vector, weights, withoutBias: Array.from(withoutBias.data) };
}

test.describe('lesson 08 figures', () => {
	test('dense layer: arrows and the pointer pick a weight; the score is the engine dense of the numbers shown', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const layer = figure(page, 'A dense layer: 18 numbers in, 10 scores out');
		const description = layer.locator('[aria-live="polite"]');
		await expect(description).toContainText('Output 3 of 10');
		await expect(description).toContainText('190 parameters');

		const check = async (output: number, input: number) => {
			const { vector, weights, withoutBias } = await engineScores(layer);
			const sumLine = layer.getByTestId('dense-sum');
			await expect(sumLine).toContainText(`z${output} = ${fixed(withoutBias[output])}`);
			const product = vector[input - 1] * weights[output * 18 + input - 1];
			await expect(description).toContainText(`Output ${output} of 10`);
			await expect(description).toContainText(
				`input ${input}, x = ${fixed(vector[input - 1], 1)} times w = ${fixed(weights[output * 18 + input - 1])} gives ${fixed(product, 3)}`
			);
			// The products row is x × w of the selected output, cell by cell.
			const { products } = await gridNumbers(layer);
			products.forEach((p, i) => expect(p).toBeCloseTo(vector[i] * weights[output * 18 + i], 1));
			// The score = sum + bias, and the bars list the same score.
			const score = number((await sumLine.locator('strong').textContent()) ?? 'NaN');
			const bias = score - withoutBias[output];
			expect(Math.abs(bias)).toBeLessThanOrEqual(0.3 + 0.01);
			await expect(layer.getByRole('button', { name: `Output ${output}, score` })).toHaveAttribute(
				'aria-label',
				`Output ${output}, score ${fixed(score)}`
			);
		};

		await check(3, 1);
		const matrix = layer.getByRole('application');
		await matrix.focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await check(4, 3);

		// Pointer: the centre of row 8 (output 7), column 11 (input 11) of the 10 × 18 matrix.
		const box = (await matrix.locator('svg').boundingBox())!;
		await page.mouse.click(box.x + box.width * (10.5 / 18), box.y + box.height * (7.5 / 10));
		await check(7, 11);

		// The score bars select an output too.
		await layer.getByRole('button', { name: /^Output 2, score/ }).click();
		await check(2, 11);
		await layer.getByRole('combobox', { name: /^Output/ }).selectOption('9');
		await check(9, 11);

		// New weights: different numbers, still the engine's dense layer.
		const before = (await gridNumbers(layer)).weights;
		await layer.getByRole('button', { name: 'New random weights' }).click();
		await expect.poll(async () => (await gridNumbers(layer)).weights).not.toEqual(before);
		await check(9, 11);
		expect(errors).toEqual([]);
	});

	test('softmax: scores by keyboard and pointer give the engine probabilities; the two decision rules', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const box = figure(page, 'From scores to probabilities to an answer');
		const description = box.locator('[aria-live="polite"]');
		const verdict = box.getByTestId('verdict');

		const expectProbabilities = async (scores: number[]) => {
			const p = Array.from(softmax(tensor(scores, [1, 10])).data);
			for (let k = 0; k < 10; k++) {
				await expect(box.getByTestId(`probability-${k}`)).toHaveText(
					`${(p[k] * 100).toFixed(1)} %`
				);
			}
			return p;
		};

		let scores: number[] = [...START_SCORES];
		let p = await expectProbabilities(scores);
		const best = decide(p);
		expect(best.best).toBe(7);
		await expect(verdict).toContainText('Answer: 7');
		await expect(description).toContainText(
			`most probable class is 7 with ${(best.probability * 100).toFixed(1)} %`
		);
		await expect(box.locator('.katex').first()).toBeVisible();
		await expect(box).toContainText('add up to 1.000');

		// Keyboard: class 3's score up by ten steps of 0.1.
		await box.getByLabel('Score of class 3').focus();
		for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
		scores[3] = 1.9;
		await expectProbabilities(scores);

		// Pointer: drag class 0's score to the far right end (10).
		const slider = (await box.getByLabel('Score of class 0').boundingBox())!;
		await page.mouse.click(slider.x + slider.width - 1, slider.y + slider.height / 2);
		scores[0] = 10;
		p = await expectProbabilities(scores);
		expect(decide(p).best).toBe(0);
		await expect(verdict).toContainText('Answer: 0');

		// Torn between 3 and 8: the largest rule answers 3, a 70 % threshold refuses.
		await box.getByRole('button', { name: 'Torn between 3 and 8' }).click();
		scores = [0.1, -0.6, 0.4, 2.6, -1, 0.8, -0.3, 0.2, 2.5, 0.9];
		p = await expectProbabilities(scores);
		await expect(verdict).toContainText('Answer: 3');
		await box.getByRole('button', { name: 'Refuse below a threshold' }).click();
		expect(decide(p, 0.7).answered).toBe(false);
		await expect(verdict).toContainText('No answer: the best guess, 3, is below the threshold');
		await expect(description).toContainText('so the network does not answer');

		// Lower the threshold below p(3) by keyboard: 0.70 -> 0.30.
		await box.getByLabel('Threshold').focus();
		for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowLeft');
		expect(decide(p, 0.3).answered).toBe(true);
		await expect(verdict).toContainText('Answer: 3');
		// Pointer at the far right of the threshold: 0.99 refuses even a sure 7.
		await box.getByRole('button', { name: 'Sure it is a 7' }).click();
		const threshold = (await box.getByLabel('Threshold').boundingBox())!;
		await page.mouse.click(threshold.x + threshold.width - 1, threshold.y + threshold.height / 2);
		await expect(box).toContainText('99.0 %');
		await expect(verdict).toContainText('No answer');

		// No idea: all ten at 10 %.
		await box.getByRole('button', { name: 'No idea' }).click();
		await expectProbabilities(Array(10).fill(0));
		await box.getByRole('button', { name: 'Take the largest' }).click();
		await expect(verdict).toContainText('Answer: 0');
		expect(errors).toEqual([]);
	});

	test('the softmax figure stands alone with its scores in the link', async ({ page }) => {
		await open(page, '/widgets/softmax-decision?z2=6&rule=threshold&threshold=0.95');
		const box = page.getByRole('figure');
		const scores: number[] = [...START_SCORES];
		scores[2] = 6;
		const p = Array.from(softmax(tensor(scores, [1, 10])).data);
		await expect(box.getByTestId('probability-2')).toHaveText(`${(p[2] * 100).toFixed(1)} %`);
		await expect(box.getByTestId('verdict')).toContainText(
			decide(p, 0.95).answered ? 'Answer: 2' : 'No answer'
		);
		await box.getByLabel('Score of class 2').focus();
		await page.keyboard.press('ArrowLeft');
		await expect(page).toHaveURL(/z2=5\.9/);
	});

	for (const viewport of [
		{ width: 1280, height: 900 },
		{ width: 390, height: 844 }
	]) {
		test(`dense layer at ${viewport.width} px: every number sits in its cell, readable and clear of the selection (issue 16)`, async ({
			page
		}) => {
			await page.setViewportSize(viewport);
			await open(page, url);
			const layer = figure(page, 'A dense layer: 18 numbers in, 10 scores out');
			const grids = layer.locator('svg');
			await expect(grids).toHaveCount(3);
			for (let g = 0; g < 3; g++) {
				const problems = await grids.nth(g).evaluate((svg: SVGSVGElement) => {
					const [, , width] = svg.getAttribute('viewBox')!.split(' ').map(Number);
					const pixelsPerUnit = svg.getBoundingClientRect().width / width;
					const found: string[] = [];
					for (const text of svg.querySelectorAll('text')) {
						const box = text.getBBox();
						const x = Number(text.getAttribute('x'));
						// Cells are 10 units wide; the selection outline reaches 1.2 units in.
						const left = x - 5 + 1.2;
						const right = x + 5 - 1.2;
						if (box.x < left - 0.01 || box.x + box.width > right + 0.01)
							found.push(`${text.textContent} overflows its cell`);
						const pixels = Number(text.getAttribute('font-size')) * pixelsPerUnit;
						if (pixels < 9) found.push(`${text.textContent} is ${pixels.toFixed(1)} px`);
					}
					return found;
				});
				expect(problems, `grid ${g}`).toEqual([]);
			}
		});
	}
});
