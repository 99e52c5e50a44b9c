import { expect, test, type Page } from '@playwright/test';
import { chelseaGrey } from '../../src/lib/data/chelsea';
import {
	edgeFeatureMap,
	integerMatrix,
	reluEffect
} from '../../src/lib/engine/lessons/featureMaps';
import { pool2dTraced, type PoolMode } from '../../src/lib/engine/pool';
import { poolOutputSize } from '../../src/lib/engine/shape';
import { collectErrors, open } from './helpers';

const url = '/lessons/06-pooling';

function figure(page: Page, title: string) {
	return page.getByRole('figure', { name: title });
}

const number = (value: number) => {
	if (Number.isInteger(value)) return String(value);
	return value.toFixed(2).replace(/\.?0+$/, '');
};

function windowText(mode: PoolMode, size: number, window: number, stride: number, index: number) {
	const { trace } = pool2dTraced(integerMatrix(size, size, 9, 1, 0), { mode, window, stride });
	const w = trace.windows[index];
	const values = w.cells.map((c) => number(c.value));
	const result = number(w.result);
	if (mode === 'max') return `max(${values.join(', ')}) = ${result}`;
	if (mode === 'sum') return `${values.join(' + ')} = ${result}`;
	return `(${values.join(' + ')}) / ${values.length} = ${result}`;
}

test.describe('lesson 06 figures', () => {
	test('the pooling stepper steps through the engine windows, by buttons, keys and pointer', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const stepper = figure(page, 'A pooling window, step by step');
		const description = stepper.locator('[aria-live="polite"]');
		await expect(description).toContainText('gives a 3 by 3 output');
		await expect(description).toContainText(
			`Window 1 of 9 covers rows 1 to 2, columns 1 to 2: ${windowText('max', 6, 2, 2, 0)}.`
		);
		const { trace } = pool2dTraced(integerMatrix(6, 6, 9, 1, 0), { mode: 'max', window: 2 });
		const winner = trace.windows[0].winner!;
		await expect(description).toContainText(
			`The winner is at row ${winner.inputY + 1}, column ${winner.inputX + 1}.`
		);

		await stepper.getByRole('button', { name: /Step forward/ }).click();
		await expect(description).toContainText(
			`Window 2 of 9 covers rows 1 to 2, columns 3 to 4: ${windowText('max', 6, 2, 2, 1)}.`
		);

		// Keyboard on the output grid: down one row is three windows further.
		await stepper.getByRole('application', { name: /Output, 3 by 3/ }).focus();
		await page.keyboard.press('ArrowDown');
		await expect(description).toContainText(
			`Window 5 of 9 covers rows 3 to 4, columns 3 to 4: ${windowText('max', 6, 2, 2, 4)}.`
		);
		// The computed outputs so far are drawn, the others are blank.
		const outputs = await stepper
			.getByRole('application', { name: /Output, 3 by 3/ })
			.locator('svg text')
			.allTextContents();
		expect(outputs).toEqual(trace.windows.slice(0, 5).map((w) => number(w.result)));

		// Pointer on the output grid: the bottom-right output is the last window.
		const out = stepper.getByRole('application', { name: /Output, 3 by 3/ });
		const box = (await out.boundingBox())!;
		await page.mouse.click(box.x + box.width * (5 / 6), box.y + box.height * (5 / 6));
		await expect(description).toContainText('Window 9 of 9');

		// Mean pooling and stride 3: gaps that are never read.
		await stepper.getByRole('combobox', { name: /^Pooling/ }).selectOption('mean');
		await stepper.getByRole('combobox', { name: /^Stride/ }).selectOption('3');
		await stepper.getByRole('button', { name: /Go to the start/ }).click();
		await expect(description).toContainText(
			`Mean pooling of a 6 by 6 input with a 2 by 2 window and stride 3 gives a 2 by 2 output`
		);
		await expect(description).toContainText(windowText('mean', 6, 2, 3, 0));
		await expect(description).toContainText('No window reads rows 3 and 6 and columns 3 and 6.');

		// An impossible setting: the engine's sentence, and the other settings are kept.
		await stepper.getByRole('combobox', { name: /^Input size/ }).selectOption('2');
		await stepper.getByRole('combobox', { name: /^Window/ }).selectOption('3');
		let message = '';
		try {
			poolOutputSize({ input: 2, window: 3, stride: 3 });
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toContain('window 3 is larger than the 2-wide input');
		await expect(stepper.getByRole('alert')).toContainText(message);
		await stepper.getByRole('combobox', { name: /^Window/ }).selectOption('2');
		await expect(stepper.getByRole('alert')).toHaveCount(0);
		await expect(description).toContainText(
			'Mean pooling of a 2 by 2 input with a 2 by 2 window and stride 3 gives a 1 by 1 output'
		);
		expect(errors).toEqual([]);
	});

	test('the stepper plays and its standalone page steps with the arrow keys', async ({ page }) => {
		await open(page, '/widgets/pooling-stepper?mode=sum&stride=1&step=2');
		const description = page.getByRole('figure').locator('[aria-live="polite"]');
		await expect(description).toContainText('Window 2 of 25');
		await expect(description).toContainText(windowText('sum', 6, 2, 1, 1));
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		await page.keyboard.press('ArrowRight');
		await expect(description).toContainText('Window 3 of 25');
		await expect(page).toHaveURL(/step=3/);
		await page.getByRole('button', { name: 'Play' }).click();
		await expect(description).toContainText('Window 5 of 25');
		await page.getByRole('button', { name: 'Pause' }).click();
	});

	test('off the edge: skip it or pool what remains, side by side', async ({ page }) => {
		await open(page, url);
		const edges = figure(page, 'When a window falls off the edge');
		const description = edges.locator('[aria-live="polite"]');
		const input = integerMatrix(5, 5, 9, 3, 0);
		const drop = pool2dTraced(input, { mode: 'max', window: 2, stride: 2, edge: 'drop' }).trace;
		const partial = pool2dTraced(input, {
			mode: 'max',
			window: 2,
			stride: 2,
			edge: 'partial'
		}).trace;
		expect(drop.geometry.outWidth).toBe(2);
		expect(partial.geometry.outWidth).toBe(3);
		await expect(description).toContainText(
			'Skip it gives 2 by 2 and never reads row 5 and column 5 (9 cells).'
		);
		await expect(description).toContainText(
			`Pool what remains gives 3 by 3, ${partial.windows.filter((w) => w.clipped).length} windows cut short by the edge.`
		);
		// Starts on the bottom-right window of each: the cut one is a single cell.
		const last = partial.windows[8];
		await expect(description).toContainText(
			`Its output at row 3, column 3 pools row 5, column 5: max(${last.cells[0].value}) = ${last.result}.`
		);

		// Keyboard on "pool what remains": up one row.
		await edges.getByRole('application', { name: /Pool what remains: output/ }).focus();
		await page.keyboard.press('ArrowUp');
		const cut = partial.windows[5];
		await expect(description).toContainText(
			`Its output at row 2, column 3 pools rows 3 to 4, column 5: max(${cut.cells.map((c) => c.value).join(', ')}) = ${cut.result}.`
		);
		// Pointer on "skip it": the top-left output.
		const skip = edges.getByRole('application', { name: /Skip it: output/ });
		const box = (await skip.boundingBox())!;
		await page.mouse.click(box.x + box.width / 4, box.y + box.height / 4);
		const first = drop.windows[0];
		await expect(description).toContainText(
			`Its output at row 1, column 1 pools rows 1 to 2, columns 1 to 2: max(${first.cells.map((c) => c.value).join(', ')}) = ${first.result}.`
		);

		// A window larger than the input: skipping is impossible, pooling what remains still works.
		await edges.getByRole('combobox', { name: /^Input size/ }).selectOption('2');
		await edges.getByRole('combobox', { name: /^Window/ }).selectOption('3');
		await expect(edges.getByRole('alert')).toContainText(
			'window 3 is larger than the 2-wide input'
		);
		await expect(description).toContainText('Pool what remains gives 1 by 1');
	});

	test('max and mean pooling of the real feature map match the engine', async ({ page }) => {
		await open(page, url);
		const compare = figure(page, 'Max and mean pooling of the same feature map');
		const description = compare.locator('[aria-live="polite"]');
		const map = reluEffect(edgeFeatureMap(chelseaGrey(), 'vertical')).output;
		const strongest = (data: Float32Array) => number(data.reduce((a, b) => Math.max(a, b), 0));
		const max2 = pool2dTraced(map, { mode: 'max', window: 2 });
		const mean2 = pool2dTraced(map, { mode: 'mean', window: 2 });
		await expect(description).toContainText('both outputs are 59 by 39');
		await expect(description).toContainText(
			`The strongest value is ${strongest(max2.output.data)} after max pooling and ${strongest(mean2.output.data)} after mean pooling.`
		);
		const index = 14 * 59 + 24;
		await expect(description).toContainText(
			`Output row 15, column 25 pools rows 29 to 30, columns 49 to 50: max ${number(max2.output.data[index])}, mean ${number(mean2.output.data[index])}.`
		);

		await compare.getByRole('application', { name: /Max pooled map/ }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(description).toContainText(
			`Output row 15, column 26 pools rows 29 to 30, columns 51 to 52: max ${number(max2.output.data[index + 1])}, mean ${number(mean2.output.data[index + 1])}.`
		);

		await compare.getByRole('combobox', { name: /^Window/ }).selectOption('4');
		const max4 = pool2dTraced(map, { mode: 'max', window: 4 });
		const mean4 = pool2dTraced(map, { mode: 'mean', window: 4 });
		await expect(description).toContainText('both outputs are 29 by 19');
		await expect(description).toContainText(
			`The strongest value is ${strongest(max4.output.data)} after max pooling and ${strongest(mean4.output.data)} after mean pooling.`
		);
		// Pointer on the mean map: top-left.
		const mean = compare.getByRole('application', { name: /Mean pooled map/ });
		const box = (await mean.boundingBox())!;
		await page.mouse.click(box.x + 3, box.y + 3);
		await expect(description).toContainText(
			`Output row 1, column 1 pools rows 1 to 4, columns 1 to 4: max ${number(max4.output.data[0])}, mean ${number(mean4.output.data[0])}.`
		);
	});
});
