import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import Lazy from '$lib/figure/Lazy.svelte';

describe('Lazy', () => {
	test('on screen, it loads the widget’s module and creates it with the lesson’s settings', async () => {
		let loads = 0;
		await render(Lazy, {
			load: async () => {
				loads += 1;
				return import('./fixtures/Greeting.svelte');
			},
			initial: { stride: 3 }
		});
		await expect.element(page.getByText('Awake with {"stride":3}')).toBeInTheDocument();
		expect(loads).toBe(1);
	});

	test('a module that cannot be fetched leaves the placeholder with a sentence saying what to do', async () => {
		await render(Lazy, {
			load: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
		});
		await expect
			.element(page.getByRole('alert'))
			.toHaveTextContent(/could not be loaded .*Reload the page/);
	});
});
