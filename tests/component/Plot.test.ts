import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import PlotFixture from './fixtures/PlotFixture.svelte';
import OrphanMark from './fixtures/OrphanMark.svelte';

// The fixture's plot: 220 x 120 user units, margins left 20 top 10 bottom 10, so x in [0, 10] maps
// to [20, 220] (20 units per 1) and y in [0, 5] maps to [110, 10] (20 units per 1, upwards).

describe('Plot width=220 height=120 x=[0,10] y=[0,5]', () => {
	test('a line goes through its points in the plot scales (d3-shape)', async () => {
		const screen = await render(PlotFixture, {
			points: [
				{ x: 0, y: 0 },
				{ x: 5, y: 2.5 },
				{ x: 10, y: 5 }
			]
		});
		const path = screen.container.querySelector('path')!;
		expect(path.getAttribute('d')).toBe('M20,110L120,60L220,10');
		expect(path.getAttribute('stroke')).toBe('blue');
	});

	test('a missing value leaves a gap in the line, not a drop to zero', async () => {
		const screen = await render(PlotFixture, {
			points: [
				{ x: 0, y: 1 },
				{ x: 1, y: 2 },
				{ x: 2, y: NaN },
				{ x: 3, y: 1 },
				{ x: 4, y: 1 }
			]
		});
		const d = screen.container.querySelector('path')!.getAttribute('d')!;
		expect(d.match(/M/g)).toHaveLength(2);
		expect(d).not.toContain('NaN');
	});

	test('clampY draws values beyond the y range at its edge', async () => {
		const screen = await render(PlotFixture, {
			clampY: true,
			points: [
				{ x: 0, y: -3 },
				{ x: 10, y: 99 }
			]
		});
		expect(screen.container.querySelector('path')!.getAttribute('d')).toBe('M20,110L220,10');
	});

	test('an axis puts a label and a grid line at each tick given', async () => {
		const screen = await render(PlotFixture, { ticks: [0, 2.5, 5] });
		const labels = [...screen.container.querySelectorAll('text.tick')];
		expect(labels.map((t) => t.textContent)).toEqual(['0', '2.5', '5']);
		expect(labels.map((t) => Number(t.getAttribute('y')) - 4)).toEqual([110, 60, 10]);
		const grid = [...screen.container.querySelectorAll('line.grid')];
		expect(grid.map((l) => [l.getAttribute('x1'), l.getAttribute('x2')])).toEqual([
			['20', '220'],
			['20', '220'],
			['20', '220']
		]);
		expect(screen.container.querySelector('text.title')!.textContent).toBe('value');
	});

	test('without ticks given, an axis uses d3-array nice ticks, with a true minus sign', async () => {
		const screen = await render(PlotFixture, { y: [-1, 1], count: 4 });
		const labels = [...screen.container.querySelectorAll('text.tick')].map((t) => t.textContent);
		expect(labels).toEqual(['−1', '−0.5', '0', '0.5', '1']);
	});

	test('a logarithmic axis ticks powers of ten, fewer when there are many, thousands grouped', async () => {
		const few = await render(PlotFixture, { y: [0.1, 1000], yKind: 'log' });
		expect([...few.container.querySelectorAll('text.tick')].map((t) => t.textContent)).toEqual([
			'0.1',
			'1',
			'10',
			'100',
			'1,000'
		]);
		few.unmount();
		const many = await render(PlotFixture, { y: [0.1, 1e6], yKind: 'log' });
		const labels = [...many.container.querySelectorAll('text.tick')].map((t) => t.textContent);
		expect(labels).toEqual(['0.1', '10', '1,000', '100,000']);
	});

	test('a point sits at its data position; a missing value draws nothing', async () => {
		const screen = await render(PlotFixture, { point: { x: 2, y: 1 } });
		const circle = screen.container.querySelector('circle')!;
		expect([circle.getAttribute('cx'), circle.getAttribute('cy')]).toEqual(['60', '90']);
		await screen.rerender({ point: { x: 2, y: NaN } });
		expect(screen.container.querySelector('circle')).toBeNull();
	});

	test('a rule spans the plotting area at its data value', async () => {
		const screen = await render(PlotFixture, { rule: 4 });
		const line = [...screen.container.querySelectorAll('line')].find(
			(l) => !l.classList.contains('grid')
		)!;
		const [x1, x2, y1, y2] = ['x1', 'x2', 'y1', 'y2'].map((a) => Number(line.getAttribute(a)));
		expect([x1, x2]).toEqual([20, 220]);
		expect(y1).toBeCloseTo(30, 9);
		expect(y2).toBeCloseTo(30, 9);
	});

	test('a heatmap covers the plotting area, row 0 at the top', async () => {
		const screen = await render(PlotFixture, { heatmap: true });
		const cells = [...screen.container.querySelectorAll('.heatmap rect')];
		expect(cells).toHaveLength(8);
		const at = (i: number) => ['x', 'y'].map((a) => Number(cells[i].getAttribute(a)));
		expect(at(0)).toEqual([20, 10]);
		expect(at(5)).toEqual([70, 60]);
	});

	test('the pointer is given in data coordinates, whatever the drawn size', async () => {
		const seen: { x: number; y: number }[] = [];
		const screen = await render(PlotFixture, { onpointerdown: (at) => seen.push(at) });
		const svg = screen.container.querySelector('svg')!;
		const box = svg.getBoundingClientRect();
		// The fixture draws the plot 220 px wide: one user unit per pixel.
		svg.dispatchEvent(
			new PointerEvent('pointerdown', {
				clientX: box.left + 120,
				clientY: box.top + 60,
				bubbles: true
			})
		);
		expect(seen).toHaveLength(1);
		expect(seen[0].x).toBeCloseTo(5, 6);
		expect(seen[0].y).toBeCloseTo(2.5, 6);
	});

	test('the plot has the accessible name it is given', async () => {
		const screen = await render(PlotFixture, {});
		await expect.element(screen.getByRole('img', { name: 'Test plot' })).toBeInTheDocument();
	});
});

test('a mark outside a Plot says so instead of drawing nonsense', async () => {
	await expect(render(OrphanMark, {})).rejects.toThrow('inside <Plot>');
});
