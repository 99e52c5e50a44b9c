import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import ProblemMessage from '$lib/figure/ProblemMessage.svelte';

describe('ProblemMessage', () => {
	test('writes the engine’s message as a sentence, with a button per fix', async () => {
		const applied: string[] = [];
		await render(ProblemMessage, {
			lead: 'It does not fit.',
			message: 'stride 3 leaves 1 column unread',
			tone: 'warning',
			fixes: [
				{ label: 'Use padding 1', apply: () => applied.push('padding 1') },
				{ label: 'Use stride 2', apply: () => applied.push('stride 2') }
			]
		});
		await expect
			.element(page.getByRole('status'))
			.toHaveTextContent('It does not fit. Stride 3 leaves 1 column unread.');
		await page.getByRole('button', { name: 'Use stride 2' }).click();
		expect(applied).toEqual(['stride 2']);
	});

	test('an error is an alert; no fix, no buttons', async () => {
		await render(ProblemMessage, { message: 'the kernel is larger than the input' });
		await expect
			.element(page.getByRole('alert'))
			.toHaveTextContent('The kernel is larger than the input.');
		expect(page.getByRole('button').elements()).toHaveLength(0);
	});

	test('after a lead ending in a colon, the message goes on in lower case', async () => {
		await render(ProblemMessage, {
			lead: 'This does not work:',
			message: 'kernel 5, larger than the 3-wide input: use padding 1'
		});
		await expect
			.element(page.getByRole('alert'))
			.toHaveTextContent(
				'This does not work: kernel 5, larger than the 3-wide input: use padding 1.'
			);
	});
});
