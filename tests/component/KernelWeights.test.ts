import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import Harness from './harness/KernelWeightsHarness.svelte';

const identity = [0, 0, 0, 0, 1, 0, 0, 0, 0];
const box = (row: number, column: number) =>
	page.getByRole('textbox', { name: `Weight, row ${row}, column ${column}` });
const used = () => page.getByTestId('used');

describe('kernel weights 3 x 3 (the kernel editor of lessons 02 and 03)', () => {
	test('a typed weight is used at once; "−2,5" from a phone keyboard reads −2.5', async () => {
		await render(Harness, { start: identity });
		await box(1, 1).fill('2');
		await expect.element(used()).toHaveTextContent('The picture uses 2 0 0 0 1 0 0 0 0');
		await box(1, 2).fill('−2,5');
		await expect.element(used()).toHaveTextContent('The picture uses 2 -2.5 0 0 1 0 0 0 0');
		await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
	});

	test.each([
		['abc', '“abc” is not a weight: use a number from −1000 to 1000.'],
		['1e99', '“1e99” is not a weight: use a number from −1000 to 1000.'],
		['', 'The box is empty: use a number from −1000 to 1000 as a weight.']
	])('%j stays in the box with a message; the picture keeps the last weight', async (text, why) => {
		await render(Harness, { start: identity });
		await box(2, 2).fill(text);
		await userEvent.keyboard('{Tab}');
		await expect
			.element(page.getByRole('alert'))
			.toHaveTextContent(`${why} The picture keeps 1 at row 2, column 2.`);
		await expect.element(box(2, 2)).toHaveValue(text);
		await expect.element(box(2, 2)).toHaveAttribute('aria-invalid', 'true');
		await expect.element(used()).toHaveTextContent('The picture uses 0 0 0 0 1 0 0 0 0');
		// A good weight afterwards clears the message.
		await box(2, 2).fill('3');
		await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
		await expect.element(used()).toHaveTextContent('The picture uses 0 0 0 0 3 0 0 0 0');
	});

	test('arrow keys nudge by 1, with Shift by 0.1, and replace a bad draft', async () => {
		await render(Harness, { start: identity });
		await box(2, 2).fill('abc');
		await userEvent.keyboard('{ArrowDown}');
		await expect.element(box(2, 2)).toHaveValue('0');
		await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
		await userEvent.keyboard('{Shift>}{ArrowUp}{/Shift}');
		await expect.element(box(2, 2)).toHaveValue('0.1');
		await expect.element(used()).toHaveTextContent('The picture uses 0 0 0 0 0.1 0 0 0 0');
	});

	test('a box blur reads 0.111 in its boxes, not sixteen digits', async () => {
		await render(Harness, { start: new Array(9).fill(1 / 9) });
		await expect.element(box(3, 3)).toHaveValue('0.111');
	});
});
