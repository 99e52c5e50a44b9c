import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import PixelGrid, { type Cell } from '$lib/charts/PixelGrid.svelte';
import { colour } from '$lib/charts/colour';

function setup(overrides: Partial<{ rows: number; columns: number; selected: Cell | null }> = {}) {
	const picks: Cell[] = [];
	const props = {
		rows: 3,
		columns: 4,
		fill: (row: number, column: number) => colour(row * 80, column * 60, 0),
		text: (row: number, column: number) => [`${row}${column}`],
		name: 'Test grid',
		selected: null as Cell | null,
		onselect: (cell: Cell) => picks.push(cell),
		...overrides
	};
	return { props, picks };
}

describe('PixelGrid rows=3 columns=4', () => {
	test('draws one cell per pixel with the colour it is given', async () => {
		const { props } = setup();
		const screen = await render(PixelGrid, props);
		const canvas = screen.container.querySelector('canvas')!;
		// Two canvas pixels per cell side: 4 x 3 cells.
		expect([canvas.width, canvas.height]).toEqual([8, 6]);
		const pixels = canvas.getContext('2d')!.getImageData(0, 0, 8, 6).data;
		const at = (row: number, column: number) => {
			const i = (row * 2 * 8 + column * 2) * 4;
			return [...pixels.slice(i, i + 4)];
		};
		expect(at(1, 1)).toEqual([80, 60, 0, 255]);
		expect(at(2, 3)).toEqual([160, 180, 0, 255]);
		expect(screen.container.querySelectorAll('text').length).toBe(0);
	});

	test('translucent cells show a checkerboard under them when asked', async () => {
		const { props } = setup();
		const screen = await render(PixelGrid, {
			...props,
			fill: () => colour(0, 0, 0, 0),
			checkerboard: true
		});
		const canvas = screen.container.querySelector('canvas')!;
		const pixels = canvas.getContext('2d')!.getImageData(0, 0, 2, 2).data;
		// One cell: dark and light quarters of the checkerboard.
		expect([pixels[0], pixels[4], pixels[8], pixels[12]]).toEqual([244, 217, 217, 244]);
	});

	test('values appear only when asked', async () => {
		const { props } = setup();
		const screen = await render(PixelGrid, { ...props, showText: true });
		const elements = [...screen.container.querySelectorAll('text')];
		const texts = elements.map((t) => t.textContent);
		expect(texts).toHaveLength(12);
		expect(texts[6]).toBe('12');
		// Real SVG text, drawn on its cell (row 1, column 2: the middle of the third cell of row 2).
		expect(elements[6].namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect((elements[6] as SVGTextElement).getBBox().width).toBeGreaterThan(0);
		expect(elements[6].getAttribute('x')).toBe('25');
		expect(elements[6].getAttribute('y')).toBe('15');
	});

	test('focus selects the first cell; arrow keys move and stop at the edges', async () => {
		const { props, picks } = setup({ selected: { row: 1, column: 1 } });
		await render(PixelGrid, props);
		const grid = page.getByRole('application', { name: 'Test grid' });
		await userEvent.click(grid);
		picks.length = 0;
		(grid.element() as HTMLElement).focus();
		await userEvent.keyboard('{ArrowRight}');
		await userEvent.keyboard('{ArrowUp}');
		expect(picks).toEqual([
			{ row: 1, column: 2 },
			{ row: 0, column: 1 }
		]);
	});

	test('the pointer selects the cell under it', async () => {
		const { props, picks } = setup();
		const screen = await render(PixelGrid, props);
		const svg = screen.container.querySelector('svg')!;
		const box = svg.getBoundingClientRect();
		svg.dispatchEvent(
			new PointerEvent('pointermove', {
				clientX: box.left + box.width * 0.9,
				clientY: box.top + box.height * 0.5,
				bubbles: true
			})
		);
		expect(picks.at(-1)).toEqual({ row: 1, column: 3 });
	});

	test('a grid that is only shown takes no focus', async () => {
		const { props } = setup();
		const screen = await render(PixelGrid, { ...props, interactive: false });
		expect(screen.container.querySelector('[tabindex]')).toBeNull();
		expect(screen.container.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
			'Test grid'
		);
	});
});
