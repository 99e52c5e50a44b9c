// The kit's small pieces (src/lib/figure, src/lib/charts) as a widget uses them: what a reader (or a
// screen reader) gets, and what each hands back to the figure.
import { createRawSnippet } from 'svelte';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { colour } from '$lib/charts/colour';
import DrawingPad from '$lib/charts/DrawingPad.svelte';
import LearningCurves from '$lib/charts/LearningCurves.svelte';
import MapPanels from '$lib/charts/MapPanels.svelte';
import type { Cell } from '$lib/charts/PixelGrid.svelte';
import RevealGrid from '$lib/charts/RevealGrid.svelte';
import RgbaCanvas from '$lib/charts/RgbaCanvas.svelte';
import Alert from '$lib/figure/Alert.svelte';
import ChoiceSelect from '$lib/figure/ChoiceSelect.svelte';
import Meter from '$lib/figure/Meter.svelte';
import Emphasised from '$lib/figure/Emphasised.svelte';
import Readouts from '$lib/figure/Readouts.svelte';
import ScrollRegion from '$lib/figure/ScrollRegion.svelte';
import StatRow from '$lib/figure/StatRow.svelte';
import StepperLayout from '$lib/figure/StepperLayout.svelte';
import Tiles from '$lib/figure/Tiles.svelte';
import StepperHarness from './harness/StepperHarness.svelte';

const text = (words: string) => createRawSnippet(() => ({ render: () => `<p>${words}</p>` }));

describe('ChoiceSelect', () => {
	test('a labelled drop-down: options read through `text`, a choice hands back the typed value', async () => {
		const chosen: number[] = [];
		await render(ChoiceSelect<number>, {
			label: 'Batch size',
			value: 32,
			options: [8, 32, 128],
			text: (size: number) => `${size} digits`,
			onchange: (value: number) => chosen.push(value)
		});
		const select = page.getByRole('combobox', { name: 'Batch size' });
		await expect.element(select).toHaveDisplayValue('32 digits');
		await select.selectOptions('128 digits');
		expect(chosen).toEqual([128]);
	});
});

describe('Alert', () => {
	test('says its sentence as an alert, with the id a field can point to', async () => {
		await render(Alert, { text: 'The loss is not a number.', id: 'problem', testid: 'why' });
		const alert = page.getByRole('alert');
		await expect.element(alert).toHaveTextContent('The loss is not a number.');
		await expect.element(alert).toHaveAttribute('id', 'problem');
		await expect.element(page.getByTestId('why')).toBeInTheDocument();
	});
});

describe('StatRow and Readouts', () => {
	const rows = [
		{ term: 'Examples seen', value: '1,024', testid: 'seen' },
		{ term: 'Epochs', value: '0.11' }
	];

	test.each([
		['StatRow', StatRow],
		['Readouts', Readouts]
	] as const)('%s: each term beside its value, in a description list', async (_, piece) => {
		const { container } = await render(piece, { rows });
		expect([...container.querySelectorAll('dt')].map((term) => term.textContent)).toEqual([
			'Examples seen',
			'Epochs'
		]);
		expect([...container.querySelectorAll('dd')].map((value) => value.textContent)).toEqual([
			'1,024',
			'0.11'
		]);
		await expect.element(page.getByTestId('seen')).toHaveTextContent('1,024');
	});
});

describe('ScrollRegion', () => {
	test('a named region that a keyboard user can reach and scroll', async () => {
		await render(ScrollRegion, { label: 'Cost of each layer', children: text('A long table') });
		const region = page.getByRole('region', { name: 'Cost of each layer' });
		await expect.element(region).toHaveTextContent('A long table');
		await expect.element(region).toHaveAttribute('tabindex', '0');
		// The overflow check of the end-to-end tests lets what is inside a scrolling region be wider.
		await expect.element(region).toHaveAttribute('data-scrolls');
	});
});

describe('Meter and Tiles', () => {
	test('a meter fills its share in its colour and says nothing to a screen reader', async () => {
		const { container } = await render(Meter, {
			share: 0.25,
			colour: 'rgb(1, 2, 3)',
			height: '8px'
		});
		const meter = container.querySelector<HTMLElement>('.meter')!;
		expect(meter.getAttribute('aria-hidden')).toBe('true');
		const fill = meter.querySelector<HTMLElement>('.fill')!;
		expect(fill.style.width).toBe('25%');
		expect(getComputedStyle(fill).backgroundColor).toBe('rgb(1, 2, 3)');
	});

	test('tiles lay their parts on a grid no narrower than `min`', async () => {
		const { container } = await render(Tiles, {
			min: '10rem',
			columns: 'fill',
			children: text('part')
		});
		const tiles = container.querySelector<HTMLElement>('.tiles')!;
		expect(tiles.style.gridTemplateColumns).toBe('repeat(auto-fill, minmax(10rem, 1fr))');
		await expect.element(page.getByText('part')).toBeInTheDocument();
	});
});

describe('StepperControls over a Player', () => {
	test('step, go back to the start, and scrub; the buttons that cannot act are disabled', async () => {
		await render(StepperHarness, { count: 3 });
		const controls = page.getByRole('group');
		const start = controls.getByRole('button', { name: 'Go to the start' });
		const back = controls.getByRole('button', { name: 'Step back' });
		const forward = controls.getByRole('button', { name: 'Step forward' });
		await expect.element(start).toBeDisabled();
		await expect.element(back).toBeDisabled();
		await forward.click();
		await forward.click();
		await expect.element(page.getByTestId('position')).toHaveTextContent('2');
		await expect.element(forward).toBeDisabled();
		await expect.element(controls.getByText('Window 3 / 3')).toBeInTheDocument();
		await start.click();
		await expect.element(page.getByTestId('position')).toHaveTextContent('0');
		const scrubber = controls.getByRole('slider');
		await expect.element(scrubber).toHaveAttribute('aria-valuetext', '1 of 3');
		await scrubber.fill('1');
		await expect.element(page.getByTestId('position')).toHaveTextContent('1');
	});

	// Only the Player's interval is faked: the page's own scheduling (Svelte's updates, the test
	// runner's polling) keeps running.
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	test('Play steps on its own at the chosen speed and stops at the end, unpressed', async () => {
		await render(StepperHarness, { count: 3 });
		const controls = page.getByRole('group');
		await controls.getByRole('combobox').selectOptions('fast');
		const play = controls.getByRole('button', { name: 'Play' });
		await play.click();
		await expect
			.element(controls.getByRole('button', { name: 'Pause' }))
			.toHaveAttribute('aria-pressed', 'true');
		// The Player's clock is driven here: one fast step is 250 ms.
		vi.advanceTimersByTime(250);
		await expect.element(page.getByTestId('position')).toHaveTextContent('1');
		vi.advanceTimersByTime(250);
		await expect.element(page.getByTestId('position')).toHaveTextContent('2');
		vi.advanceTimersByTime(250);
		await expect.element(play).toHaveAttribute('aria-pressed', 'false');
	});
});

describe('DrawingPad', () => {
	test('a stroke with the pointer hands back ink where it passed, and none elsewhere', async () => {
		let started = 0;
		let ink: Float32Array | undefined;
		const { container } = await render(DrawingPad, {
			size: 28,
			pen: 3,
			label: 'Draw a digit',
			onstart: () => started++,
			onink: (values: Float32Array) => (ink = values)
		});
		await expect.element(page.getByRole('img', { name: 'Draw a digit' })).toBeInTheDocument();
		const canvas = container.querySelector('canvas')!;
		const box = canvas.getBoundingClientRect();
		const at = (x: number, y: number) => ({
			clientX: box.left + (x / 28) * box.width,
			clientY: box.top + (y / 28) * box.height,
			pointerId: 1,
			bubbles: true
		});
		canvas.dispatchEvent(new PointerEvent('pointerdown', at(4, 14)));
		canvas.dispatchEvent(new PointerEvent('pointermove', at(24, 14)));
		canvas.dispatchEvent(new PointerEvent('pointerup', at(24, 14)));
		expect(started).toBe(1);
		expect(ink).toHaveLength(28 * 28);
		// Along the stroke, row 14: dark; far from it, row 2: white.
		expect(ink![14 * 28 + 14]).toBeGreaterThan(0.9);
		expect(Math.max(...ink!.subarray(2 * 28, 3 * 28))).toBe(0);
	});
});

describe('RevealGrid', () => {
	test('writes the values up to the window reached so far and leaves the rest blank', async () => {
		const picks: Cell[] = [];
		const { container } = await render(RevealGrid, {
			values: [1, -2, 3, 4, 5, 6],
			rows: 2,
			columns: 3,
			shown: 3,
			format: String,
			onselect: (cell: Cell) => picks.push(cell),
			maxWidth: 200,
			name: 'Output so far'
		});
		const written = [...container.querySelectorAll('text')].map((cell) => cell.textContent);
		expect(written.filter(Boolean)).toEqual(['1', '-2', '3', '4']);
		await expect
			.element(page.getByRole('application', { name: 'Output so far' }))
			.toBeInTheDocument();
		await page
			.getByRole('application', { name: 'Output so far' })
			.click({ position: { x: 5, y: 5 } });
		expect(picks.at(-1)).toEqual({ row: 0, column: 0 });
	});
});

describe('RgbaCanvas', () => {
	test('paints the bytes it is given, named as a picture', async () => {
		const pixels = new Uint8ClampedArray([255, 0, 0, 255, 0, 0, 255, 255]);
		const { container } = await render(RgbaCanvas, {
			pixels,
			width: 2,
			height: 1,
			name: 'Two pixels'
		});
		await expect.element(page.getByRole('img', { name: 'Two pixels' })).toBeInTheDocument();
		const canvas = container.querySelector('canvas')!;
		expect([...canvas.getContext('2d')!.getImageData(0, 0, 2, 1).data]).toEqual([...pixels]);
	});
});

describe('StepperLayout and Emphasised', () => {
	test('panels in order with their captions, an arrow between each two', async () => {
		const { container } = await render(StepperLayout, {
			panels: [
				{ caption: 'Input', content: text('in') },
				{ caption: 'Kernel', content: text('k') },
				{ caption: 'Output', content: text('out') }
			],
			arrows: ['×']
		});
		expect([...container.querySelectorAll('.caption')].map((c) => c.textContent)).toEqual([
			'Input',
			'Kernel',
			'Output'
		]);
		expect([...container.querySelectorAll('.arrow')].map((a) => a.textContent)).toEqual(['×', '→']);
	});

	test('strong parts of a message in bold, the rest as plain text', async () => {
		const { container } = await render(Emphasised, {
			parts: [
				{ text: 'sum ', strong: false },
				{ text: '30', strong: true }
			]
		});
		expect(container.textContent).toBe('sum 30');
		expect(container.querySelector('strong')?.textContent).toBe('30');
	});
});

describe('LearningCurves', () => {
	test('one named chart: a curve per series (dashed where asked), a lone first point as a dot, a key each', async () => {
		const { container } = await render(LearningCurves, {
			series: [
				{
					label: 'training loss',
					colour: 'rgb(0, 0, 255)',
					points: [
						{ x: 0, y: 2 },
						{ x: 500, y: 1 }
					]
				},
				{ label: 'test loss', colour: 'rgb(255, 0, 0)', points: [{ x: 500, y: 1.2 }], dashed: true }
			],
			label: 'Loss falls from 2 to 1',
			xLabel: 'examples seen',
			yLabel: 'loss',
			yMin: 0,
			yMax: 2.5
		});
		await expect
			.element(page.getByRole('img', { name: 'Loss falls from 2 to 1' }))
			.toBeInTheDocument();
		const curves = [...container.querySelectorAll('path[stroke]')].filter((path) =>
			path.getAttribute('stroke')?.startsWith('rgb(')
		);
		expect(curves.map((path) => path.getAttribute('stroke'))).toEqual([
			'rgb(0, 0, 255)',
			'rgb(255, 0, 0)'
		]);
		expect(curves[1].getAttribute('stroke-dasharray')).toBe('5 3');
		expect(container.querySelectorAll('circle')).toHaveLength(1);
		expect([...container.querySelectorAll('.legend .key')].map((key) => key.textContent)).toEqual([
			'training loss',
			'test loss'
		]);
	});
});

describe('MapPanels', () => {
	test('maps side by side, captioned, sharing one selected cell; a map that only shows takes no focus', async () => {
		const picks: Cell[] = [];
		const grey = (value: number) => colour(value * 255, value * 255, value * 255);
		const map = { rows: 2, columns: 2, values: [0, 0.5, 1, 0.25], colour: grey };
		const { container } = await render(MapPanels, {
			maps: [
				{ ...map, caption: 'Before', name: 'Map before', value: 'value 0.5' },
				{ ...map, caption: 'After', name: 'Map after', interactive: false }
			],
			selected: { row: 0, column: 1 },
			onselect: (cell: Cell) => picks.push(cell)
		});
		expect([...container.querySelectorAll('.caption')].map((c) => c.textContent)).toEqual([
			'Before',
			'After'
		]);
		expect(container.querySelector('.value')?.textContent).toBe('value 0.5');
		const before = page.getByRole('application', { name: 'Map before' });
		await expect.element(before).toHaveAttribute('tabindex', '0');
		await expect.element(page.getByRole('img', { name: 'Map after' })).toBeInTheDocument();
		await userEvent.click(before);
		await userEvent.keyboard('{ArrowDown}');
		expect(picks.at(-1)).toEqual({ row: 1, column: 1 });
	});
});
