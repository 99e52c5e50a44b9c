import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { createRawSnippet } from 'svelte';
import Table from '$lib/figure/Table.svelte';

const rows = createRawSnippet(() => ({
	render: () => '<tr><th scope="row">conv 3 × 3</th><td>1,792</td></tr>'
}));

describe('Table', () => {
	test('is named by its caption, with a column header per name and the rows given', async () => {
		await render(Table, {
			caption: 'Cost of each layer',
			columns: ['Layer', 'Parameters'],
			class: 'cost',
			children: rows
		});
		const table = page.getByRole('table', { name: 'Cost of each layer' });
		await expect.element(table).toHaveClass('cost');
		expect(
			page
				.getByRole('columnheader')
				.elements()
				.map((th) => th.textContent)
		).toEqual(['Layer', 'Parameters']);
		await expect.element(page.getByRole('rowheader', { name: 'conv 3 × 3' })).toBeVisible();
		await expect.element(page.getByRole('cell', { name: '1,792' })).toBeVisible();
	});

	test('a caption for screen readers only is still its name', async () => {
		await render(Table, {
			caption: 'Results',
			hiddenCaption: true,
			columns: ['A'],
			children: rows
		});
		await expect.element(page.getByRole('table', { name: 'Results' })).toBeVisible();
		await expect.element(page.getByText('Results')).toHaveClass('visually-hidden');
	});
});
