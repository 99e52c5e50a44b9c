import { expect, test, type Locator, type Page } from '@playwright/test';
import { conv2d, conv2dTraced, type ConvTraceStep } from '../../src/lib/engine/conv';
import { convFit } from '../../src/lib/engine/shape';
import { reshape, tensor } from '../../src/lib/engine/tensor';
import { demoInput, demoKernel, DEMO_BIAS } from '../../src/lib/data/demo';
import { collectErrors, open } from './helpers';

const url = '/lessons/03-the-sliding-window';

function figures(page: Page, title: string) {
	return page.getByRole('figure', { name: title });
}

function format(value: number): string {
	return String(Number(value.toFixed(3))).replace('-', '−');
}

function run(input: number, kernel: number, stride: number, padding: number) {
	return conv2dTraced(demoInput(input), demoKernel(kernel), tensor([DEMO_BIAS], [1]), {
		stride,
		padding
	});
}

/** What the figure must say about a window: its sum, the bias and the output, from the engine's trace. */
function windowSentence(step: ConvTraceStep, index: number, count: number): string {
	return (
		`Window ${index + 1} of ${count} (output row ${step.outY + 1}, column ${step.outX + 1})` +
		` starts at row ${step.cells[0].inputY + 1}, column ${step.cells[0].inputX + 1}`
	);
}

function sums(step: ConvTraceStep): string {
	return `its ${step.cells.length} products add up to ${format(step.sum)}, plus the bias ${format(step.bias)} gives ${format(step.output)}.`;
}

/** Clicks the centre of cell (row, column) of a grid of `rows` x `columns`. */
async function clickCell(
	grid: Locator,
	row: number,
	column: number,
	rows: number,
	columns: number
) {
	await grid.scrollIntoViewIfNeeded();
	const box = (await grid.locator('svg').boundingBox())!;
	await grid
		.page()
		.mouse.click(
			box.x + (box.width * (column + 0.5)) / columns,
			box.y + (box.height * (row + 0.5)) / rows
		);
}

test.describe('lesson 03 figures', () => {
	test('the stepper: buttons, output grid keys, pointer and scrubber show the engine’s windows', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const figure = figures(page, 'The sliding window, one position at a time').first();
		const description = figure.locator('[aria-live="polite"]');
		for (const label of ['Input size', 'Kernel size', 'Stride', 'Padding']) {
			await expect(figure.getByLabel(label, { exact: true })).toBeVisible();
		}
		const { trace } = run(5, 3, 1, 0);
		const steps = trace.steps;
		await expect(description).toContainText('Input 5 × 5, kernel 3 × 3, stride 1: output 3 × 3.');
		await expect(description).toContainText(windowSentence(steps[0], 0, 9));
		await expect(description).toContainText(sums(steps[0]));
		await expect(figure.getByTestId('window-sum')).toHaveText(
			`sum ${format(steps[0].sum)} + bias 1 = ${format(steps[0].output)}`
		);

		await figure.getByRole('button', { name: 'Step forward' }).click();
		await expect(description).toContainText(windowSentence(steps[1], 1, 9));
		await expect(description).toContainText(sums(steps[1]));

		// Keyboard on the output grid: down one row = three windows later.
		await figure.getByRole('application', { name: /^Output 3 × 3/ }).focus();
		await page.keyboard.press('ArrowDown');
		await expect(description).toContainText(windowSentence(steps[4], 4, 9));
		await expect(description).toContainText(sums(steps[4]));

		// Pointer on the last output cell.
		await clickCell(figure.getByRole('application', { name: /^Output 3 × 3/ }), 2, 2, 3, 3);
		await expect(description).toContainText(windowSentence(steps[8], 8, 9));
		await expect(description).toContainText(sums(steps[8]));

		// The scrubber: Home goes back to the first window; Step back is then disabled.
		await figure.getByRole('slider').focus();
		await page.keyboard.press('Home');
		await expect(description).toContainText(windowSentence(steps[0], 0, 9));
		await expect(figure.getByRole('button', { name: 'Step back' })).toBeDisabled();

		// Play runs to the end by itself.
		await figure.getByRole('button', { name: 'Play' }).click();
		await expect(description).toContainText('Window 9 of 9', { timeout: 20_000 });
		await expect(figure.getByRole('button', { name: 'Play' })).toHaveAttribute(
			'aria-pressed',
			'false'
		);

		// Padding 1 keeps the size.
		await figure.getByLabel('Padding', { exact: true }).selectOption('1');
		await expect(description).toContainText('with padding 1 (7 × 7 padded)');
		await expect(description).toContainText('output 5 × 5');
		// The position is kept (window 9 of 25 now), with the engine's numbers for it.
		const padded = run(5, 3, 1, 1).trace.steps;
		await expect(description).toContainText('Window 9 of 25');
		await expect(description).toContainText(sums(padded[8]));
		expect(errors).toEqual([]);
	});

	test('a kernel larger than the input gets the engine’s sentence, and the other settings stay', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const figure = figures(page, 'The sliding window, one position at a time').first();
		await figure.getByLabel('Input size', { exact: true }).selectOption('3');
		await figure.getByLabel('Stride', { exact: true }).selectOption('2');
		await figure.getByLabel('Kernel size', { exact: true }).selectOption('5');
		let message = '';
		try {
			run(3, 5, 2, 0);
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toContain('larger than');
		await expect(figure.getByRole('alert')).toContainText(message);
		await expect(figure.getByLabel('Stride', { exact: true })).toHaveValue('2');
		await expect(figure.getByLabel('Input size', { exact: true })).toHaveValue('3');
		// Padding 1 makes it work again, with the same stride.
		await figure.getByLabel('Padding', { exact: true }).selectOption('1');
		await expect(figure.getByRole('alert')).toHaveCount(0);
		await expect(figure.locator('[aria-live="polite"]')).toContainText('stride 2: output 1 × 1');
		expect(errors).toEqual([]);
	});

	test('the 4 x 4 / kernel 2 / stride 3 overflow: the sentence, the formula and the fixes', async ({
		page
	}) => {
		await open(page, url);
		const figure = figures(page, 'The sliding window, one position at a time').nth(1);
		const description = figure.locator('[aria-live="polite"]');
		const fit = convFit({ input: 4, kernel: 2, stride: 3 });
		// Counted from 1, as the lesson's prose and the figure's labels count: columns 3 and 4 are lost.
		expect(fit.message).toContain('columns 3 and 4');
		await expect(figure.getByRole('status')).toContainText(fit.message);
		await expect(description).toContainText(fit.message);
		await expect(description).toContainText('output 1 × 1');
		await expect(figure.getByTestId('division')).toContainText('2 / 3 is not a whole number');
		await expect(figure.locator('.formula .katex')).toHaveCount(1);
		await expect(figure.locator('.formula annotation')).toContainText('\\lfloor');

		// Apply the padding fix with the pointer: the engine's new sentence follows.
		await figure.getByRole('button', { name: `Use padding ${fit.fixes[0].padding}` }).click();
		await expect(figure.getByLabel('Padding', { exact: true })).toHaveValue('1');
		const padded = convFit({ input: 4, kernel: 2, stride: 3, padding: 1 });
		await expect(description).toContainText(padded.message);
		await expect(description).toContainText(`output ${padded.output} × ${padded.output}`);

		// Apply the stride fix with the keyboard.
		await figure.getByRole('button', { name: /^Use stride/ }).focus();
		await page.keyboard.press('Enter');
		await expect(figure.getByLabel('Stride', { exact: true })).toHaveValue('2');
		await expect(figure.getByRole('status')).toHaveCount(0);
		await expect(figure.getByTestId('division')).toContainText('The division is exact');
		const fixed = convFit({ input: 4, kernel: 2, stride: 2, padding: 1 });
		expect(fixed.exact && fixed.uncovered.length === 0).toBe(true);
		await expect(description).toContainText(`output ${fixed.output} × ${fixed.output}`);
	});

	test('several channels: three shares plus the bias make the engine’s output', async ({
		page
	}) => {
		await open(page, url);
		const figure = figures(page, 'Three channels in, one feature map out');
		const description = figure.locator('[aria-live="polite"]');
		const input = demoInput(5, 3, 21);
		const weight = demoKernel(3, 3, 5);
		const output = conv2d(input, weight, tensor([DEMO_BIAS], [1]));
		const shares = conv2d(input, reshape(weight, [3, 1, 3, 3]), null, { groups: 3 });
		const expectWindow = async (index: number) => {
			const [r, g, b] = [0, 1, 2].map((c) => format(shares.data[c * 9 + index]));
			await expect(description).toContainText(
				`${r} + ${g} + ${b} + 1 = ${format(output.data[index])}.`
			);
			await expect(figure.getByTestId('channel-total')).toHaveText(
				new RegExp(`${r}\\s*\\+\\s*${g}\\s*\\+\\s*${b}\\s*\\+ 1 =\\s*${format(output.data[index])}`)
			);
		};
		await expectWindow(0);
		await figure.getByRole('button', { name: 'Step forward' }).click();
		await expectWindow(1);
		await figure.getByRole('application', { name: /^The feature map/ }).focus();
		await page.keyboard.press('ArrowDown');
		await expectWindow(4);
		await clickCell(figure.getByRole('application', { name: /^The feature map/ }), 2, 0, 3, 3);
		await expectWindow(6);
		await expect(figure.getByTestId('channel-sum')).toHaveCount(3);
	});
	test('8 / kernel 5 / stride 4 / padding 3 fits: only a padding cell is left unread (issue 16)', async ({
		page
	}) => {
		await open(page, '/widgets/sliding-window?input=8&kernel=5&stride=4&padding=3');
		const figure = page.getByRole('figure', { name: 'The sliding window, one position at a time' });
		const fit = convFit({ input: 8, kernel: 5, stride: 4, padding: 3 });
		expect(fit).toMatchObject({ fits: true, exact: false, uncovered: [], fixes: [] });
		await expect(figure.locator('[aria-live="polite"]')).toContainText('output 3 × 3');
		await expect(figure.getByTestId('division')).toContainText('9 / 4 is not a whole number');
		await expect(figure.getByRole('status')).toHaveCount(0);
		await expect(figure.getByText('It does not fit')).toHaveCount(0);
	});

	for (const width of [1280, 390]) {
		test(`a 5 × 5 kernel at ${width} px: every product fits in its cell (issue 16)`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 900 });
			await open(page, '/widgets/sliding-window?input=7&kernel=5');
			const grid = page
				.locator('.panel', { hasText: 'Products (input × weight)' })
				.locator('svg')
				.first();
			await expect(grid.locator('text').first()).toBeAttached();
			const overflow = await grid.evaluate((svg) => {
				const box = (svg as SVGSVGElement).viewBox.baseVal;
				const cell = box.width / 5;
				return [...svg.querySelectorAll('text')]
					.map((text) => ({ text: text.textContent, width: text.getBBox().width }))
					.filter(({ width }) => width > cell * 0.95);
			});
			expect(overflow).toEqual([]);
		});
	}
});
