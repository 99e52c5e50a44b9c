import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { Legend } from '$lib/charts/plot';

describe('Legend', () => {
	test('one key per series, each a stroke in its colour and dash, hidden from screen readers', async () => {
		const { container } = await render(Legend, {
			keys: [
				{ label: 'train', colour: 'rgb(1, 2, 3)' },
				{ label: 'test', colour: 'rgb(4, 5, 6)', dash: '6 4' }
			],
			length: 26
		});
		const legend = container.querySelector('.legend')!;
		expect(legend.getAttribute('aria-hidden')).toBe('true');
		expect([...legend.querySelectorAll('.key')].map((key) => key.textContent)).toEqual([
			'train',
			'test'
		]);
		const lines = [...legend.querySelectorAll('line')];
		expect(lines.map((line) => line.getAttribute('stroke'))).toEqual([
			'rgb(1, 2, 3)',
			'rgb(4, 5, 6)'
		]);
		expect(lines.map((line) => line.getAttribute('stroke-dasharray'))).toEqual([null, '6 4']);
		expect(lines[0].getAttribute('x2')).toBe('26');
	});
});
