import { expect, test, type Page } from '@playwright/test';
import { chelseaGrey } from '../../src/lib/data/chelsea';
import { activate } from '../../src/lib/engine/activation';
import {
	edgeFeatureMap,
	integerMatrix,
	reluEffect
} from '../../src/lib/engine/lessons/featureMaps';
import { rowResponses } from '../../src/lib/engine/lessons/reluRow';
import { collectErrors, open } from './helpers';

const url = '/lessons/05-relu';

function figure(page: Page, title: string) {
	return page.getByRole('figure', { name: title });
}

test.describe('lesson 05 figures', () => {
	test('ReLU on a matrix: counts and cells match the engine, by keyboard and pointer', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const relu = figure(page, 'ReLU on a matrix: every negative becomes 0');
		const description = relu.locator('[aria-live="polite"]');
		const input = integerMatrix(6, 6, 9, 1);
		const { zeroed, output } = reluEffect(input);
		expect(zeroed).toBeGreaterThan(0);
		await expect(description).toContainText(`${zeroed} cells of 36 are negative`);
		await expect(description).toContainText(
			`Row 1, column 1: ${input.data[0]} becomes ${output.data[0]}.`
		);

		// Keyboard: two steps right, one down in the input grid.
		await relu.getByRole('application', { name: /Input matrix/ }).focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowDown');
		const i = 1 * 6 + 2;
		await expect(description).toContainText(
			`Row 2, column 3: ${input.data[i]} becomes ${output.data[i]}.`
		);

		// Pointer: the centre of row 4, column 5 of the "after" grid.
		const after = relu.getByRole('application', { name: /after ReLU/ });
		const box = (await after.boundingBox())!;
		await page.mouse.click(box.x + box.width * (4.5 / 6), box.y + box.height * (3.5 / 6));
		const j = 3 * 6 + 4;
		await expect(description).toContainText(
			`Row 4, column 5: ${input.data[j]} becomes ${Math.max(0, input.data[j])}.`
		);
		// Every value drawn on the "after" grid is max(0, x).
		const drawn = await after.locator('svg text').allTextContents();
		expect(drawn.map(Number)).toEqual(Array.from(output.data));

		// Another size and new numbers.
		await relu.getByRole('combobox', { name: /^Matrix size/ }).selectOption('4');
		await relu.getByRole('button', { name: 'New numbers' }).click();
		const next = reluEffect(integerMatrix(4, 4, 9, 2));
		await expect(description).toContainText(
			`A 4 by 4 matrix of whole numbers from -9 to 9. ${next.zeroed} cell${next.zeroed === 1 ? '' : 's'} of 16`
		);
		expect(errors).toEqual([]);
	});

	test('ReLU on a real feature map: counts and values from the engine convolution', async ({
		page
	}) => {
		await open(page, url);
		const map = figure(page, 'ReLU on a real feature map');
		const description = map.locator('[aria-live="polite"]');
		const photo = chelseaGrey();
		const vertical = edgeFeatureMap(photo, 'vertical');
		const verticalEffect = reluEffect(vertical);
		await expect(description).toContainText(
			`${verticalEffect.zeroed.toLocaleString('en-US')} of its ${verticalEffect.total.toLocaleString('en-US')} values`
		);
		// Default selection: map row 30, column 50.
		const at = (row: number, column: number) => vertical.data[(row - 1) * 118 + column - 1];
		await expect(description).toContainText(
			`Feature map row 30, column 50 (centred on pixel row 31, column 51, value ${photo.data[30 * 120 + 50]}): ${at(30, 50)} before ReLU, ${Math.max(0, at(30, 50))} after.`
		);

		await map.getByRole('application', { name: /Feature map before ReLU/ }).focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Shift+ArrowRight');
		await expect(description).toContainText(
			`Feature map row 31, column 58 (centred on pixel row 32, column 59, value ${photo.data[31 * 120 + 58]}): ${at(31, 58)} before ReLU`
		);

		await map.getByRole('combobox', { name: /^Filter/ }).selectOption('horizontal');
		const horizontal = reluEffect(edgeFeatureMap(photo, 'horizontal'));
		await expect(description).toContainText('Horizontal edges (Sobel)');
		await expect(description).toContainText(
			`${horizontal.zeroed.toLocaleString('en-US')} of its ${horizontal.total.toLocaleString('en-US')} values`
		);

		// Pointer on the photo: its top-left pixel selects the map's first value.
		const picture = map.getByRole('application', { name: /The cat photo/ });
		const box = (await picture.boundingBox())!;
		await page.mouse.click(box.x + 2, box.y + 2);
		await expect(description).toContainText(
			'Feature map row 1, column 1 (centred on pixel row 2, column 2'
		);
	});

	test('activation curves: slope slider, probe and toggles read the engine', async ({ page }) => {
		await open(page, url);
		const plot = figure(page, 'ReLU and its relatives on one plot');
		const description = plot.locator('[aria-live="polite"]');
		const show = (value: number) => String(Number(value.toFixed(3)));
		await expect(description).toContainText(
			`At x = -2: ReLU 0, Leaky ReLU -0.2, ELU ${show(activate('elu', -2, 1))}, Softplus ${show(activate('softplus', -2))}, Sigmoid ${show(activate('sigmoid', -2))}, Tanh ${show(activate('tanh', -2))}.`
		);

		// Keyboard: the slope slider moves by 0.01.
		const slope = plot.getByRole('slider', { name: /Leaky ReLU slope/ });
		await slope.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(description).toContainText('leaky ReLU slope 0.12');
		await expect(description).toContainText(`Leaky ReLU ${show(activate('leakyRelu', -2, 0.12))}`);

		// Pointer: the probe follows the pointer over the plot, x = 1 is at 5/8 of the axis.
		const svg = plot.locator('svg.plot');
		const box = (await svg.boundingBox())!;
		const left = (34 / 480) * box.width;
		const right = box.width - (10 / 480) * box.width;
		await page.mouse.move(box.x + left + ((1 + 4) / 8) * (right - left), box.y + box.height / 2);
		await expect(description).toContainText(
			`At x = 1: ReLU 1, Leaky ReLU 1, ELU 1, Softplus ${show(activate('softplus', 1))}, Sigmoid ${show(activate('sigmoid', 1))}`
		);

		await plot.getByRole('checkbox', { name: /Sigmoid/ }).uncheck();
		await expect(description).not.toContainText('Sigmoid');
		await expect(plot.locator('svg.plot path')).toHaveCount(5);

		// Every curve unticked: the description says that nothing is shown, not "At x = 1: .".
		for (const name of ['ReLU', 'Leaky ReLU', 'ELU', 'Softplus', 'Tanh']) {
			await plot.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) }).uncheck();
		}
		await expect(plot.locator('svg.plot path')).toHaveCount(0);
		await expect(description).toContainText('No curve is shown');
		await expect(description).not.toContainText('Curves of');
		await expect(description).not.toContainText(': .');
	});

	test('activation curves on a phone: every checkbox is a target of at least 24 px', async ({
		page
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page, url);
		const boxes = figure(page, 'ReLU and its relatives on one plot').getByRole('checkbox');
		await expect(boxes).toHaveCount(6);
		for (const box of await boxes.all()) {
			const size = (await box.boundingBox())!;
			expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(24);
		}
	});
});

test.describe('lesson 05: strong responses stand out', () => {
	test('a row of the feature map before and after ReLU, counts from the engine; row and filter change', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const fig = figure(page, 'ReLU lets the strong responses stand out');
		const description = fig.locator('[aria-live="polite"]');
		const photo = chelseaGrey();
		const expectRow = async (filter: 'vertical' | 'horizontal', rowNumber: number) => {
			const row = rowResponses(edgeFeatureMap(photo, filter), rowNumber - 1);
			await expect(description).toContainText(`Row ${rowNumber} of the 118-wide feature map`);
			await expect(description).toContainText(
				`Before ReLU its values run from ${row.lowest} to ${row.largest}, and ${row.negative} values are negative.`
			);
			await expect(description).toContainText(
				`${row.strong.length} strong responses (at least half the largest, ${row.strongLevel} or more)`
			);
			await expect(fig.getByText(`${row.negative} negative values flattened to 0`)).toBeVisible();
		};
		await expectRow('vertical', 30);

		// A row typed in the box; a bad one stays in the box with a message and the figure keeps 45.
		const box = fig.getByLabel('Row of the feature map');
		await box.fill('45');
		await expectRow('vertical', 45);
		await box.fill('200');
		await expect(fig.getByText(/from 1 to 78/)).toBeVisible();
		await expectRow('vertical', 45);

		await fig.getByLabel('Filter').selectOption('horizontal');
		await expectRow('horizontal', 45);
		expect(errors).toEqual([]);
	});
});
