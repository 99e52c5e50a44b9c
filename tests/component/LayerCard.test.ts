import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { analyseDesign, DESIGN_PRESETS } from '$lib/engine/playground';
import LayerCard from '$lib/widgets/playground/LayerCard.svelte';

function handlers() {
	const calls: unknown[][] = [];
	return {
		calls,
		props: {
			onset: (changes: Record<string, number>) => calls.push(['set', changes]),
			onkind: (kind: string) => calls.push(['kind', kind]),
			onmove: (delta: number) => calls.push(['move', delta]),
			onremove: () => calls.push(['remove'])
		}
	};
}

describe('LayerCard', () => {
	test('shows the engine’s shape, costs and formula, and edits by keyboard', async () => {
		const analysis = analyseDesign(DESIGN_PRESETS.lenet5);
		const { calls, props } = handlers();
		await render(LayerCard, { row: analysis.layers[0], count: 12, breaks: false, ...props });
		const card = page.getByRole('group', { name: 'Layer 1: conv1' });
		await expect.element(card).toHaveTextContent('→ 6 × 28 × 28');
		await expect.element(card).toHaveTextContent('156 parameters');
		await expect.element(card).toHaveTextContent('117,600 multiply-adds');
		await expect.element(card).toHaveTextContent('O = (28 − 5 + 2 × 2) / 1 + 1 = 28');
		await expect.element(page.getByRole('button', { name: 'Move layer 1 up' })).toBeDisabled();

		await userEvent.fill(card.getByLabelText('Filters'), '12');
		await page.getByRole('button', { name: 'Move layer 1 down' }).click();
		await userEvent.selectOptions(card.getByLabelText('Kind'), 'dense');
		await page.getByRole('button', { name: 'Remove layer 1' }).click();
		// The card's row stays the same here (no figure feeds the change back), so the box reports 12
		// on typing and again on leaving it: count each change once.
		const changes = calls.filter(
			(call, k) => k === 0 || JSON.stringify(call) !== JSON.stringify(calls[k - 1])
		);
		expect(changes).toEqual([['set', { filters: 12 }], ['move', 1], ['kind', 'dense'], ['remove']]);
	});

	test('a text that is not a number stays in its box with a sentence; the layer is unchanged', async () => {
		const analysis = analyseDesign(DESIGN_PRESETS.tiny);
		const { calls, props } = handlers();
		await render(LayerCard, { row: analysis.layers[7], count: 8, breaks: false, ...props });
		await userEvent.fill(page.getByLabelText('Units'), '0');
		await expect
			.element(page.getByRole('alert'))
			.toHaveTextContent(
				'“0” is not a number of units: use a whole number from 1 to 1024. Layer 8 keeps 10.'
			);
		expect(calls).toEqual([]);
	});

	test('the breaking layer says why, with the engine’s fixes as buttons', async () => {
		const analysis = analyseDesign(DESIGN_PRESETS.broken);
		const { calls, props } = handlers();
		const at = analysis.firstBreak!;
		await render(LayerCard, { row: analysis.layers[at], count: 10, breaks: true, ...props });
		await expect
			.element(page.getByRole('alert'))
			.toHaveTextContent(
				'Layer 7 breaks the network: a 5 × 5 kernel does not fit in its 4 × 4 input.'
			);
		await expect.element(page.getByRole('group')).toHaveTextContent('no output');
		await page.getByRole('button', { name: 'Use padding 1' }).click();
		expect(calls).toEqual([['set', { padding: 1 }]]);
	});
});
