import { expect, test, type Page } from '@playwright/test';
import { conv2dTraced, type ConvTraceStep } from '../../src/lib/engine/conv';
import {
	depthwiseSeparableCost,
	dilatedCost,
	standardCost,
	transposedCost
} from '../../src/lib/engine/lessons/convCost';
import { convTranspose2d, convTranspose2dTraced } from '../../src/lib/engine/convTranspose';
import { convOutputSize, effectiveKernel, ShapeError } from '../../src/lib/engine/shape';
import { tensor } from '../../src/lib/engine/tensor';
import { demoInput, demoKernel, DEMO_BIAS } from '../../src/lib/data/demo';
import { collectErrors, open } from './helpers';

const url = '/lessons/04-the-convolution-family';

function figure(page: Page, title: string) {
	return page.getByRole('figure', { name: title });
}

function format(value: number): string {
	return String(Number(value.toFixed(3))).replace('-', '−');
}

function sums(step: ConvTraceStep): string {
	return `add up to ${format(step.sum)}, plus the bias ${format(step.bias)} gives ${format(step.output)}.`;
}

const bias = tensor([DEMO_BIAS], [1]);

test.describe('lesson 04 figures', () => {
	test('dilated: the Dilation control, the effective kernel size and the engine’s windows', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const dilated = figure(page, 'Dilated convolution: a kernel with gaps');
		const description = dilated.locator('[aria-live="polite"]');
		await expect(dilated.getByTestId('effective-kernel')).toHaveText(String(effectiveKernel(3, 2)));
		let steps = conv2dTraced(demoInput(7), demoKernel(3), bias, { dilation: 2 }).trace.steps;
		await expect(description).toContainText(
			'with dilation 2 (it spans 5 × 5), stride 1: output 3 × 3'
		);
		await expect(description).toContainText(sums(steps[0]));
		// The taps are two cells apart: the window's cells in the trace are at columns 0, 2, 4.
		expect(steps[0].cells.slice(0, 3).map((cell) => cell.inputX)).toEqual([0, 2, 4]);

		await dilated.getByRole('button', { name: 'Step forward' }).click();
		await expect(description).toContainText(sums(steps[1]));
		await dilated.getByRole('application', { name: /^Output 3 × 3/ }).focus();
		await page.keyboard.press('End');
		await expect(description).toContainText('Window 3 of 9');
		await expect(description).toContainText(sums(steps[2]));

		await dilated.getByLabel('Dilation', { exact: true }).selectOption('3');
		await expect(dilated.getByTestId('effective-kernel')).toHaveText('7');
		steps = conv2dTraced(demoInput(7), demoKernel(3), bias, { dilation: 3 }).trace.steps;
		await expect(description).toContainText('output 1 × 1');
		await expect(description).toContainText(sums(steps[0]));

		// Too wide: the engine's sentence, the other settings kept.
		await dilated.getByLabel('Dilation', { exact: true }).selectOption('4');
		await expect(dilated.getByRole('alert')).toContainText('spans 9');
		await expect(dilated.getByLabel('Kernel size', { exact: true })).toHaveValue('3');
		expect(errors).toEqual([]);
	});

	test('transposed: the input, the zero-inserted grid and the larger output, from the engine', async ({
		page
	}) => {
		await open(page, url);
		const transposed = figure(page, 'Transposed convolution: zeros in, then a convolution');
		const description = transposed.locator('[aria-live="polite"]');
		const input = demoInput(2, 1, 2);
		const weight = demoKernel(3);
		const result = convTranspose2dTraced(input, weight, bias, { stride: 2 });
		const direct = convTranspose2d(input, weight, bias, { stride: 2 });
		expect([...result.output.data]).toEqual([...direct.data]);
		await expect(transposed.getByTestId('transposed-output')).toHaveText('5 × 5');
		await expect(description).toContainText('the input becomes 7 × 7');
		await expect(description).toContainText(
			`sum ${format(result.trace.steps[0].sum)}, plus the bias 1 gives ${format(result.trace.steps[0].output)}.`
		);
		await expect(transposed.getByRole('img', { name: /^The input, 2 by 2/ })).toBeVisible();
		await expect(transposed.getByText(/gives exactly these numbers/)).toBeVisible();

		// Pointer on the output grid: the centre cell.
		const grid = transposed.getByRole('application', { name: /^Output 5 × 5/ });
		// Clicked through the locator, which waits for the grid to stop moving (figures above it wake
		// and grow while the page scrolls): a raw mouse click at a measured box missed once in CI.
		const svg = grid.locator('svg');
		const box = (await svg.boundingBox())!;
		await svg.click({ position: { x: box.width * 0.5, y: box.height * 0.5 } });
		const centre = result.trace.steps[12];
		await expect(description).toContainText('Window 13 of 25 (output row 3, column 3)');
		await expect(description).toContainText(
			`sum ${format(centre.sum)}, plus the bias 1 gives ${format(centre.output)}.`
		);
		// Keyboard: one to the right.
		await grid.focus();
		await page.keyboard.press('ArrowRight');
		await expect(description).toContainText('Window 14 of 25');

		await transposed.getByLabel('Stride', { exact: true }).selectOption('3');
		const wider = convTranspose2d(input, weight, bias, { stride: 3 });
		await expect(transposed.getByTestId('transposed-output')).toHaveText(
			`${wider.shape[2]} × ${wider.shape[3]}`
		);
		await transposed.getByLabel('Padding', { exact: true }).selectOption('3');
		await expect(transposed.getByRole('alert')).toContainText('crops the whole');
		await expect(transposed.getByLabel('Stride', { exact: true })).toHaveValue('3');
	});

	test('depthwise-separable: per-channel results, then the 1 x 1 mix', async ({ page }) => {
		await open(page, url);
		const separable = figure(page, 'Depthwise-separable: each channel alone, then 1 × 1 mixing');
		const input = demoInput(5, 3, 21);
		const depthwise = conv2dTraced(input, demoKernel(3, 1, 5, 3), null, { groups: 3 });
		const pointwise = conv2dTraced(depthwise.output, demoKernel(1, 3, 9, 2), tensor([1, 1], [2]));
		const check = async (position: number) => {
			const values = [0, 1, 2].map((c) => format(depthwise.output.data[c * 9 + position]));
			await expect(separable.getByTestId('depthwise-values')).toContainText(values.join(', '));
			for (const f of [0, 1]) {
				await expect(separable.getByTestId(`pointwise-${f + 1}`)).toContainText(
					`= ${format(pointwise.trace.steps[f * 9 + position].output)}`
				);
			}
		};
		await check(0);
		await separable.getByRole('button', { name: 'Step forward' }).click();
		await check(1);
		await separable.getByRole('application', { name: /^Output channel 2/ }).focus();
		await page.keyboard.press('ArrowDown');
		await check(4);
		await expect(separable.getByTestId('channel-sum')).toHaveCount(3);
	});

	test('costs: parameters and multiply-adds side by side, as the engine counts them', async ({
		page
	}) => {
		await open(page, url);
		const costs = figure(page, 'What each convolution costs');
		const description = costs.locator('[aria-live="polite"]');
		const number = (value: number) => value.toLocaleString('en-GB');
		const expectCosts = async (shape: Parameters<typeof standardCost>[0], dilation: number) => {
			const rows = [
				['Standard', standardCost(shape)],
				[`Dilated (dilation ${dilation})`, dilatedCost({ ...shape, dilation })],
				['Transposed', transposedCost(shape)],
				['Depthwise-separable', depthwiseSeparableCost(shape)]
			] as const;
			for (const [name, cost] of rows) {
				await expect(description).toContainText(
					`${name}: output ${cost.output} × ${cost.output}, ${number(cost.parameters)} parameters, ${number(cost.multiplyAdds)} multiply-adds`
				);
			}
		};
		const shape = { input: 32, inChannels: 16, outChannels: 32, kernel: 3, stride: 1, padding: 1 };
		await expectCosts(shape, 2);
		await costs.getByLabel('Stride', { exact: true }).selectOption('2');
		await costs.getByLabel('Output channels', { exact: true }).selectOption('128');
		await expectCosts({ ...shape, stride: 2, outChannels: 128 }, 2);
		await expect(
			costs.getByRole('cell', {
				name: number(depthwiseSeparableCost({ ...shape, stride: 2, outChannels: 128 }).parameters)
			})
		).toBeVisible();
		// Keyboard on a select.
		await costs.getByLabel('Kernel size', { exact: true }).focus();
		await page.keyboard.press('ArrowDown');
		await expectCosts({ ...shape, stride: 2, outChannels: 128, kernel: 5 }, 2);
	});
	test('a dilated kernel too large for the input: the largest kernel that fits is named (issue 16)', async ({
		page
	}) => {
		await open(page, '/widgets/dilated-convolution?input=9&kernel=5&stride=4&padding=3&dilation=4');
		const dilated = page.getByRole('figure', { name: 'Dilated convolution: a kernel with gaps' });
		const error = (() => {
			try {
				convOutputSize({ input: 9, kernel: 5, stride: 4, padding: 3, dilation: 4 });
			} catch (thrown) {
				if (thrown instanceof ShapeError) return thrown.message;
			}
			throw new Error('the engine accepted kernel 5 with dilation 4 on a 15-wide padded input');
		})();
		expect(error).toContain('use a kernel of at most 4 (or a dilation of at most 3), or padding 4');
		await expect(dilated.getByRole('alert')).toContainText(error);
		await expect(dilated.getByLabel('Dilation', { exact: true })).toHaveValue('4');
	});

	test('an impossible dilated setting: the description writes the engine’s sentence once, as a sentence (issue 16)', async ({
		page
	}) => {
		await open(page, '/widgets/dilated-convolution?input=9&kernel=5&stride=4&padding=3&dilation=4');
		const dilated = page.getByRole('figure', { name: 'Dilated convolution: a kernel with gaps' });
		let message = '';
		try {
			convOutputSize({ input: 9, kernel: 5, stride: 4, padding: 3, dilation: 4 });
		} catch (thrown) {
			if (thrown instanceof ShapeError) message = thrown.message;
		}
		const capitalised = message[0].toUpperCase() + message.slice(1);
		await expect(dilated.locator('[aria-live="polite"]')).toContainText(
			`this does not work. ${capitalised}.`
		);
	});
});
