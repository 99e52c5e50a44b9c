import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import NumberInput from '$lib/figure/NumberInput.svelte';
import SeedInput from '$lib/figure/SeedInput.svelte';
import Harness from './harness/NumberInputHarness.svelte';

describe('NumberInput min=1 max=1000 whole', () => {
	test('a valid number is used at once', async () => {
		await render(Harness, { start: 512 });
		const box = page.getByRole('spinbutton', { name: 'Output size' });
		await box.fill('256');
		await expect.element(page.getByTestId('used')).toHaveTextContent('The figure uses 256');
		await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
	});

	test.each([
		[
			'0.5',
			'“0.5” is not an output size: use a whole number from 1 to 1000. The figure keeps 512.'
		],
		[
			'1e9',
			'“1e9” is not an output size: use a whole number from 1 to 1000. The figure keeps 512.'
		],
		['-5', '“-5” is not an output size: use a whole number from 1 to 1000. The figure keeps 512.'],
		[
			'',
			'The box is empty: use a whole number from 1 to 1000 as an output size. The figure keeps 512.'
		]
	])('%j stays in the box with a message; the figure keeps 512', async (text, message) => {
		await render(Harness, { start: 512 });
		const box = page.getByRole('spinbutton', { name: 'Output size' });
		await box.fill(text);
		await userEvent.keyboard('{Tab}');
		await expect.element(page.getByRole('alert')).toHaveTextContent(message);
		await expect.element(box).toHaveValue(text === '' ? null : Number(text));
		await expect.element(box).toHaveAttribute('aria-invalid', 'true');
		await expect.element(page.getByTestId('used')).toHaveTextContent('The figure uses 512');
	});

	test('a valid number after a bad one clears the message', async () => {
		await render(Harness, { start: 512 });
		const box = page.getByRole('spinbutton', { name: 'Output size' });
		await box.fill('0.5');
		await expect.element(page.getByRole('alert')).toBeInTheDocument();
		await box.fill('64');
		await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
		await expect.element(page.getByTestId('used')).toHaveTextContent('The figure uses 64');
	});

	test('a change from elsewhere replaces a bad draft: box and figure agree', async () => {
		await render(Harness, { start: 512 });
		const box = page.getByRole('spinbutton', { name: 'Output size' });
		await box.fill('0.5');
		await page.getByRole('button', { name: 'Preset 7' }).click();
		await expect.element(box).toHaveValue(7);
		await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
	});

	test('any number in range when not whole: 0.5 is used', async () => {
		await render(Harness, { start: 512, whole: false });
		await page.getByRole('spinbutton', { name: 'Output size' }).fill('2.5');
		await expect.element(page.getByTestId('used')).toHaveTextContent('The figure uses 2.5');
	});
});

describe('NumberInput as a text box (the bias and the weights of the kernel editor)', () => {
	test('"−2,5" as typed on a phone reads −2.5', async () => {
		const used: number[] = [];
		await render(NumberInput, {
			label: 'Bias',
			value: 0,
			onchange: (value: number) => used.push(value),
			min: -1000,
			max: 1000,
			whole: false,
			noun: 'a bias',
			text: true
		});
		await page.getByRole('textbox', { name: 'Bias' }).fill('−2,5');
		await expect.poll(() => used).toEqual([-2.5]);
		await expect.element(page.getByRole('alert')).not.toBeInTheDocument();
	});
});

describe('SeedInput max=9999', () => {
	test('-5 and 1e9 are refused; the figure keeps its seed and says so', async () => {
		const seeds: number[] = [];
		await render(SeedInput, { value: 42, onchange: (seed: number) => seeds.push(seed) });
		const box = page.getByRole('spinbutton', { name: 'Seed' });
		for (const text of ['-5', '1e9']) {
			await box.fill(text);
			await expect
				.element(page.getByRole('alert'))
				.toHaveTextContent(
					`“${text}” is not a seed: use a whole number from 1 to 9999. The figure keeps seed 42.`
				);
		}
		await box.fill('7');
		expect(seeds).toEqual([7]);
	});
});
