import { describe, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { ScreenPresence } from '$lib/figure/presence';
import PresenceProvider from './harness/PresenceProvider.svelte';

describe('followNetwork', () => {
	test('reads the network at creation and at each change on screen; away, it waits and catches up once', async () => {
		const presence = new ScreenPresence();
		const refreshed: number[] = [];
		await render(PresenceProvider, { presence, onrefresh: (v: number) => refreshed.push(v) });
		const next = page.getByRole('button', { name: 'New network' });
		await expect.poll(() => refreshed).toEqual([0]);

		await next.click();
		await expect.poll(() => refreshed).toEqual([0, 1]);

		presence.set(false);
		await next.click();
		await next.click();
		await expect.element(page.getByText('Version 3')).toBeInTheDocument();
		expect(refreshed).toEqual([0, 1]);

		presence.set(true);
		await expect.poll(() => refreshed).toEqual([0, 1, 3]);
	});
});
