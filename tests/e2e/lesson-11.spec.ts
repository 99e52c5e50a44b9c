import { expect, test, type Locator, type Page } from '@playwright/test';
import { bowl, descend } from '../../src/lib/engine/lessons/descent';
import {
	tinyBackward,
	tinyBatch,
	tinyBatchGradients,
	tinyExamples,
	tinyForward,
	tinyInitialParams,
	tinyTrain,
	tinyUpdate
} from '../../src/lib/engine/lessons/tinyCnn';
import { fixed as fmt } from '../../src/lib/figure/format';
import { collectErrors, open } from './helpers';

const url = '/lessons/11-what-and-how-a-cnn-learns';
const examples = tinyExamples();

function figure(page: Page, title: string) {
	return page.getByRole('figure', { name: title });
}

const shown = (values: ArrayLike<number>, digits = 2) =>
	Array.from(values, (v) => fmt(v, digits)).join(' ');

async function valuesOf(grid: Locator): Promise<string> {
	return (await grid.getAttribute('data-values')) ?? '';
}

test.describe('lesson 11 figures', () => {
	test('backprop stepper: forward, backward and update show the engine values', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const fig = figure(page, 'One training step of a tiny CNN, number by number');
		const description = fig.locator('[aria-live="polite"]');
		const params = tinyInitialParams(4);
		const batch = tinyBatch([examples[0]]);
		const forward = tinyForward(params, batch);
		const backward = tinyBackward(params, forward);

		await expect(description).toContainText('Step 1 of 29, forward');
		expect(await valuesOf(fig.getByTestId('input'))).toBe(shown(examples[0].image.data));
		expect(await valuesOf(fig.getByTestId('kernel'))).toBe(shown(params.kernel.data));

		// Step forward with the button: the convolution output is the engine's.
		await fig.getByRole('button', { name: 'Step forward' }).click();
		await expect(description).toContainText('Step 2 of 29');
		await expect(fig.getByTestId('conv')).toHaveAttribute('data-values', shown(forward.conv.data));
		const firstWindow = forward.convTrace.steps[0];
		await expect(description).toContainText(`gives z = ${fmt(firstWindow.output)}`);

		// The keyboard picks another output of z: its window's products are the trace's.
		await fig.getByRole('application', { name: /convolution output z/ }).focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowDown');
		const window = forward.convTrace.steps[1 * 4 + 1];
		await expect(description).toContainText('Selected, row 2, column 2');
		await expect(fig.getByTestId('products')).toHaveAttribute(
			'data-values',
			shown(window.cells.map((c) => c.product))
		);
		// The pointer too: row 4, column 3.
		const box = (await fig.getByTestId('conv').locator('svg').boundingBox())!;
		await page.mouse.move(box.x + box.width * (2.5 / 4), box.y + box.height * (3.5 / 4));
		await expect(description).toContainText('Selected, row 4, column 3');

		// Jump to the stages of the backward pass.
		await fig.getByRole('button', { name: 'Score gradient' }).click();
		await expect(fig.getByTestId('grad-scores')).toHaveAttribute(
			'data-values',
			shown(backward.gradScores.data)
		);
		await fig.getByRole('button', { name: 'Pooling gradient' }).click();
		await expect(fig.getByTestId('grad-activated')).toHaveAttribute(
			'data-values',
			shown(backward.gradActivated.data)
		);
		await fig.getByRole('button', { name: 'ReLU gradient' }).click();
		await expect(fig.getByTestId('grad-conv')).toHaveAttribute(
			'data-values',
			shown(backward.gradConv.data)
		);
		await fig.getByRole('button', { name: 'Bias gradient' }).click();
		await expect(description).toContainText(`∂L/∂b = ${fmt(backward.gradBias.data[0], 3)}`);

		// The kernel gradient, window by window, stepped with the slider's arrow keys.
		await fig.getByRole('button', { name: 'Kernel gradient' }).click();
		await expect(fig.getByTestId('grad-kernel')).toHaveAttribute(
			'data-values',
			shown(backward.kernelPartials[0])
		);
		await fig.getByRole('slider', { name: /Step/ }).focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(description).toContainText('window 3 of 16');
		await expect(fig.getByTestId('grad-kernel')).toHaveAttribute(
			'data-values',
			shown(backward.kernelPartials[2])
		);
		await page.keyboard.press('ArrowLeft');
		await expect(description).toContainText('window 2 of 16');

		// The update with learning rate 0.5, then 2.
		await page.keyboard.press('End');
		await expect(description).toContainText('Step 29 of 29, update');
		await expect(fig.getByTestId('kernel-after')).toHaveAttribute(
			'data-values',
			shown(tinyUpdate(params, backward, 0.5).kernel.data)
		);
		await fig.getByLabel('Learning rate').selectOption('2');
		const updated = tinyUpdate(params, backward, 2);
		await expect(fig.getByTestId('kernel-after')).toHaveAttribute(
			'data-values',
			shown(updated.kernel.data)
		);
		const after = tinyForward(updated, batch).loss.loss;
		await expect(fig.getByTestId('loss-change')).toContainText(
			`${fmt(forward.loss.loss, 3)} → ${fmt(after, 3)}`
		);
		expect(errors).toEqual([]);
	});

	test('backprop stepper: another example and seed; a bad seed is refused and the rest stays', async ({
		page
	}) => {
		await open(page, url);
		const fig = figure(page, 'One training step of a tiny CNN, number by number');
		await fig.getByLabel('Example').selectOption({ label: 'horizontal stroke 2 (class 1)' });
		const seed = fig.getByLabel('Seed');
		await seed.fill('9');
		await seed.press('Enter');
		const params = tinyInitialParams(9);
		const forward = tinyForward(params, tinyBatch([examples[3]]));
		await fig.getByRole('button', { name: 'Softmax' }).click();
		await expect(fig.getByTestId('probabilities')).toHaveAttribute(
			'data-values',
			shown(forward.loss.probabilities.data)
		);
		await seed.fill('0');
		await seed.press('Enter');
		await expect(fig.getByRole('alert')).toContainText('“0” is not a seed');
		await expect(fig.getByTestId('probabilities')).toHaveAttribute(
			'data-values',
			shown(forward.loss.probabilities.data)
		);
		await expect(fig.getByLabel('Example')).toHaveValue('3');
	});

	test('gradient descent: too small crawls, right converges, too large diverges', async ({
		page
	}) => {
		await open(page, url);
		const fig = figure(page, 'Gradient descent on a loss surface');
		const verdict = fig.getByTestId('verdict');
		const surface = bowl();
		const check = async (rate: number, word: string) => {
			const run = descend(surface, surface.start, rate, 40);
			expect(run.verdict).toBe(word);
			await expect(verdict).toContainText(word);
			const loss = run.path[run.path.length - 1].loss;
			if (loss < 1000) await expect(fig.getByTestId('loss')).toHaveText(fmt(loss));
		};
		await check(0.01, 'crawls');
		await fig.getByRole('button', { name: 'About right: 0.1' }).click();
		await check(0.1, 'converges');
		await fig.getByRole('button', { name: 'Too large: 0.3' }).click();
		await check(0.3, 'diverges');
		await expect(fig.locator('[aria-live="polite"]')).toContainText('This run diverges');

		// Keyboard: move the start point; the path follows the engine.
		await fig.getByRole('button', { name: 'About right: 0.1' }).click();
		await fig.getByRole('application', { name: /Loss surface/ }).focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowUp');
		await expect(fig.locator('[aria-live="polite"]')).toContainText('w₁ = −2.10, w₂ = 1.70');
		const run = descend(surface, [-2.1, 1.7], 0.1, 40);
		await expect(fig.getByTestId('loss')).toHaveText(fmt(run.path[40].loss));

		// Pointer: a click at the centre of the surface starts from there.
		const box = (await fig.locator('.surface svg').boundingBox())!;
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await expect(fig.locator('[aria-live="polite"]')).toContainText('w₁ = 0.50, w₂ = 0.00');

		// Step back through the run with the stepper.
		await fig.getByRole('button', { name: 'Go to the start' }).click();
		await expect(fig.getByTestId('step')).toHaveText('0 / 40');
	});

	test('gradient descent: one step count everywhere, kept by the standalone link; no e-notation', async ({
		page
	}) => {
		await open(page, url);
		const fig = figure(page, 'Gradient descent on a loss surface');
		const slider = fig.getByRole('slider', { name: /^Step/ });
		const scrubLabel = (within: Page | Locator) =>
			within.getByRole('group', { name: 'Step controls' }).getByText(/^Step \d+ \/ \d+$/);
		// The slider's label, the side panel and the description count the same steps, from 0.
		await expect(scrubLabel(fig)).toHaveText('Step 40 / 40');
		await expect(fig.getByTestId('step')).toHaveText('40 / 40');
		await expect(fig.locator('[aria-live="polite"]')).toContainText('After 40 of 40 steps');
		await fig.getByRole('button', { name: 'Go to the start' }).click();
		await expect(scrubLabel(fig)).toHaveText('Step 0 / 40');
		await expect(fig.getByTestId('step')).toHaveText('0 / 40');
		await slider.focus();
		for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
		await expect(scrubLabel(fig)).toHaveText('Step 12 / 40');
		await expect(fig.getByTestId('step')).toHaveText('12 / 40');
		await expect(fig.locator('[aria-live="polite"]')).toContainText('After 12 of 40 steps');

		// The full-screen page opens at the same step.
		await fig.getByRole('link', { name: /full screen/ }).click();
		await expect(page).toHaveURL(/step=12/);
		await expect(page.getByTestId('step')).toHaveText('12 / 40');
		await expect(scrubLabel(page)).toHaveText('Step 12 / 40');

		// A run that blows up: its loss reads in plain digits, and the loss plot reaches it.
		await page.getByRole('button', { name: 'Too large: 0.3' }).click();
		await page.getByRole('combobox', { name: 'Steps' }).selectOption('100');
		const wild = descend(bowl(), bowl().start, 0.3, 100);
		const lastLoss = wild.path[wild.path.length - 1].loss;
		expect(lastLoss).toBeGreaterThan(1000);
		const loss = page.getByTestId('loss');
		await expect(loss).not.toHaveText(/e[+−-]/);
		await expect(loss).toHaveText(/^[\d,.]+( (million|billion|trillion))?$/);
		await expect(page.getByRole('img', { name: /Loss after each step/ })).not.toHaveAccessibleName(
			/up to 1,000$/
		);
	});

	test('batches: the mean of per-example gradients is the batch gradient', async ({ page }) => {
		await open(page, url);
		const fig = figure(page, 'A batch averages the gradients of its examples');
		const params = tinyInitialParams(4);
		let chosen = examples.slice(0, 4);
		let g = tinyBatchGradients(params, chosen);
		await expect(fig.getByTestId('example-gradient')).toHaveCount(4);
		await expect(fig.getByTestId('mean-gradient')).toHaveAttribute(
			'data-values',
			shown(g.meanKernel, 3)
		);
		await expect(fig.getByTestId('batch-gradient')).toHaveAttribute(
			'data-values',
			shown(g.batchKernel.data, 3)
		);
		// Add an example with the keyboard, remove one with the pointer.
		await fig.getByRole('button', { name: 'vertical stroke 3' }).focus();
		await page.keyboard.press('Enter');
		await fig.getByRole('button', { name: 'horizontal stroke 1' }).click();
		chosen = [examples[0], examples[2], examples[3], examples[4]];
		g = tinyBatchGradients(params, chosen);
		await expect(fig.getByTestId('example-gradient')).toHaveCount(4);
		await expect(fig.getByTestId('batch-gradient')).toHaveAttribute(
			'data-values',
			shown(g.batchKernel.data, 3)
		);
		await expect(fig.locator('[aria-live="polite"]')).toContainText('the same, to within rounding');
	});

	test('what learning changes: the learned numbers follow the engine, the settings stay', async ({
		page
	}) => {
		await open(page, url);
		const fig = figure(page, 'What learning changes, and what it never touches');
		const history = tinyTrain(tinyInitialParams(4), examples, 60, 0.5);
		await expect(fig.getByTestId('learned-kernel')).toHaveAttribute(
			'data-values',
			shown(history[0].params.kernel.data)
		);
		await fig.getByRole('button', { name: 'Step forward' }).click();
		await expect(fig.getByTestId('learned-kernel')).toHaveAttribute(
			'data-values',
			shown(history[1].params.kernel.data)
		);
		await fig.getByRole('slider', { name: /Snapshot/ }).focus();
		await page.keyboard.press('End');
		await expect(fig.getByTestId('learned-kernel')).toHaveAttribute(
			'data-values',
			shown(history[60].params.kernel.data)
		);
		await expect(fig.getByTestId('training-score')).toContainText(
			`Loss ${fmt(history[60].loss, 3)}, ${history[60].correct} of 8`
		);
		await expect(fig.getByText('Kernel size')).toBeVisible();
	});
});
