// The one grid interaction (GridFrame) under the three grid marks: the same keys, the same pointer
// mapping and the same accessible names, whichever mark draws the cells.
import { describe, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { Component } from 'svelte';
import FeatureMapCanvas from '$lib/charts/FeatureMapCanvas.svelte';
import { colour } from '$lib/charts/colour';
import PixelGrid from '$lib/charts/PixelGrid.svelte';
import type { Cell } from '$lib/charts/grid';
import ValueGrid from '$lib/charts/ValueGrid.svelte';

type Loose = Record<string, unknown>;

const ROWS = 5;
const COLUMNS = 12;
const values = Array.from({ length: ROWS * COLUMNS }, (_, i) => (i % 7) - 3);

interface Mark {
	mark: string;
	component: Component<Loose>;
	props: (name: string) => Record<string, unknown>;
	/** The element whose box the pointer is mapped to, and its blank border in cells. */
	surface: (container: HTMLElement) => Element;
	margin: number;
}

const marks: Mark[] = [
	{
		mark: 'PixelGrid',
		component: PixelGrid as unknown as Component<Loose>,
		props: (name) => ({
			rows: ROWS,
			columns: COLUMNS,
			fill: () => colour(200, 200, 200),
			name
		}),
		surface: (container) => container.querySelector('svg')!,
		margin: 0
	},
	{
		mark: 'ValueGrid',
		component: ValueGrid as unknown as Component<Loose>,
		props: (name) => ({ caption: 'Values', name, rows: ROWS, columns: COLUMNS, values }),
		surface: (container) => container.querySelector('svg')!,
		margin: 0.05
	},
	{
		mark: 'FeatureMapCanvas',
		component: FeatureMapCanvas as unknown as Component<Loose>,
		props: (name) => ({
			rows: ROWS,
			columns: COLUMNS,
			values,
			colour: () => colour(200, 200, 200),
			name
		}),
		surface: (container) => container.querySelector('[role="application"]')!,
		margin: 0
	}
];

/** Renders a mark whose selection follows its own onselect, as a widget would. */
async function setup(mark: Mark, extra: Record<string, unknown> = {}) {
	const picks: Cell[] = [];
	const props = {
		...mark.props('Test grid'),
		selected: null as Cell | null,
		onselect: (cell: Cell) => {
			picks.push(cell);
			screen.rerender({ selected: cell });
		},
		...extra
	};
	const screen = await render(mark.component, { props });
	return { screen, picks };
}

describe.each(marks)('$mark rows=5 columns=12 on the shared grid interaction', (mark) => {
	test('has the accessible name it is given, as an application grid that takes focus', async () => {
		await setup(mark);
		const grid = page.getByRole('application', { name: /^Test grid/ });
		await expect.element(grid).toBeVisible();
		const element = grid.element() as HTMLElement;
		expect(element.getAttribute('tabindex')).toBe('0');
		expect(element.getAttribute('aria-roledescription')).toMatch(
			/^grid of \w+, use the arrow keys$/
		);
	});

	test('focus selects the first cell; arrows, Shift+arrows, Home/End, Page Up/Down move and stop at the edges', async () => {
		const { picks } = await setup(mark);
		const grid = page.getByRole('application', { name: /^Test grid/ });
		(grid.element() as HTMLElement).focus();
		await expect.poll(() => picks.at(-1)).toEqual({ row: 0, column: 0 });
		const press = async (keys: string, expected: Cell) => {
			await userEvent.keyboard(keys);
			expect(picks.at(-1)).toEqual(expected);
		};
		await press('{ArrowRight}', { row: 0, column: 1 });
		await press('{ArrowDown}', { row: 1, column: 1 });
		await press('{ArrowLeft}{ArrowLeft}', { row: 1, column: 0 });
		await press('{ArrowUp}{ArrowUp}', { row: 0, column: 0 });
		await press('{Shift>}{ArrowRight}{/Shift}', { row: 0, column: 8 });
		await press('{Shift>}{ArrowRight}{/Shift}', { row: 0, column: 11 });
		await press('{PageDown}', { row: 4, column: 11 });
		await press('{Home}', { row: 4, column: 0 });
		await press('{PageUp}', { row: 0, column: 0 });
		await press('{Control>}{End}{/Control}', { row: 4, column: 11 });
		// The edge holds: no new selection for a move that goes nowhere.
		const count = picks.length;
		await userEvent.keyboard('{ArrowDown}{ArrowRight}');
		expect(picks.length).toBe(count);
	});

	test('the pointer and a touch pick the cell under them, and nothing outside the cells', async () => {
		const { screen, picks } = await setup(mark);
		const surface = mark.surface(screen.container);
		const box = surface.getBoundingClientRect();
		const at = (row: number, column: number) => ({
			clientX: box.left + ((column + 0.5 + mark.margin) / (COLUMNS + 2 * mark.margin)) * box.width,
			clientY: box.top + ((row + 0.5 + mark.margin) / (ROWS + 2 * mark.margin)) * box.height,
			bubbles: true
		});
		surface.dispatchEvent(new PointerEvent('pointermove', at(3, 10)));
		expect(picks.at(-1)).toEqual({ row: 3, column: 10 });
		surface.dispatchEvent(new PointerEvent('pointerdown', { ...at(1, 2), pointerType: 'touch' }));
		expect(picks.at(-1)).toEqual({ row: 1, column: 2 });
		const count = picks.length;
		surface.dispatchEvent(
			new PointerEvent('pointermove', { clientX: box.right + 20, clientY: box.top, bubbles: true })
		);
		expect(picks.length).toBe(count);
	});

	test('a grid that is only shown is a named image: no focus, no keys, no pointer', async () => {
		const extra = mark.mark === 'ValueGrid' ? { onselect: undefined } : { interactive: false };
		const { screen, picks } = await setup(mark, extra);
		expect(screen.container.querySelector('[tabindex]')).toBeNull();
		expect(screen.container.querySelector('[role="application"]')).toBeNull();
		const image = screen.container.querySelector('[role="img"]')!;
		expect(image.getAttribute('aria-label')).toMatch(/^Test grid/);
		const box = image.getBoundingClientRect();
		image.dispatchEvent(
			new PointerEvent('pointerdown', {
				clientX: box.left + box.width / 2,
				clientY: box.top + box.height / 2,
				bubbles: true
			})
		);
		expect(picks).toEqual([]);
	});
});
