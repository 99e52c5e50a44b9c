import { expect, test, type Page } from '@playwright/test';
import {
	analyseArchitecture,
	flattenReport,
	GOOGLENET,
	LENET5,
	RESNET18,
	VGG16
} from '../../src/lib/engine/architectures';
import { convFit, convOutputSize } from '../../src/lib/engine/shape';
import { collectErrors, open } from './helpers';

const url = '/lessons/09-architectures';
const count = (n: number) => n.toLocaleString('en-US');

function figure(page: Page, title: string) {
	return page.getByRole('figure', { name: title });
}

test.describe('lesson 09 figures', () => {
	test('explorer: totals and every row from the engine; blocks by keyboard and pointer; skip connections drawn', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const box = figure(page, 'Famous CNNs, layer by layer');
		const description = box.locator('[aria-live="polite"]');

		// LeNet-5: totals and the table rows (ReLU hidden) are the engine's.
		let report = analyseArchitecture(LENET5);
		await expect(box.getByTestId('total-parameters')).toHaveText(count(report.parameters));
		await expect(box.getByTestId('total-multiply-adds')).toHaveText(count(report.multiplyAdds));
		expect(report.parameters).toBe(61706);
		const hidden = new Set(['relu', 'dropout', 'batchNorm', 'localResponseNorm']);
		const rows = flattenReport(report.layers).filter((row) => !hidden.has(row.kind));
		const table = box.getByRole('region', { name: /Every layer of LeNet-5/ });
		await expect(table.locator('tbody tr')).toHaveCount(rows.length);
		for (const [i, row] of rows.entries()) {
			const cells = table.locator('tbody tr').nth(i).locator('td');
			await expect(cells.nth(0)).toHaveText(row.outputShape.join(' × '));
			await expect(cells.nth(1)).toHaveText(count(row.parameters));
			await expect(cells.nth(2)).toHaveText(count(row.multiplyAdds));
		}

		// Keyboard through the diagram: conv1 -> pool1 -> conv2.
		const diagram = box.getByRole('list', { name: /Blocks of LeNet-5/ });
		await diagram.getByRole('button').first().focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		const conv2 = report.layers.find((layer) => layer.name === 'conv2')!;
		await expect(description).toContainText(
			`Selected 3 of ${rows.filter((row) => !row.path.includes('/')).length}: conv2`
		);
		await expect(description).toContainText(
			`output ${conv2.outputShape.join(' × ')}, ${count(conv2.parameters)} parameters, ${count(conv2.multiplyAdds)} multiply-adds`
		);
		await expect(diagram.getByRole('button', { pressed: true })).toBeFocused();

		// Showing ReLU adds the rows back.
		await box.getByRole('button', { name: 'Show ReLU, normalisation and dropout' }).click();
		await expect(table.locator('tbody tr')).toHaveCount(flattenReport(report.layers).length);

		// ResNet-18: the residual blocks, their shortcuts and sums are drawn; totals match.
		await box.getByRole('combobox', { name: /Architecture/ }).selectOption('resnet18');
		report = analyseArchitecture(RESNET18);
		expect(report.parameters).toBe(11689512);
		await expect(box.getByTestId('total-parameters')).toHaveText(count(report.parameters));
		await expect(box.getByTestId('total-multiply-adds')).toHaveText(count(report.multiplyAdds));
		const residuals = report.layers.filter((layer) => layer.kind === 'residual');
		await expect(box.locator('.residual')).toHaveCount(residuals.length);
		await expect(box.locator('.residual .sum')).toHaveCount(residuals.length);
		const projected = residuals.filter((layer) => layer.branches![1].length > 0).length;
		await expect(box.locator('.skip.projected')).toHaveCount(projected);
		expect(projected).toBe(3);

		// Pointer on the block layer2.0: a residual block with a 1 × 1 projection.
		await box.getByRole('button', { name: /^layer2\.0 shortcut/ }).click();
		const layer20 = report.layers.find((layer) => layer.name === 'layer2.0')!;
		await expect(description).toContainText(
			'layer2.0, a residual block: a main path of 5 layers and a shortcut (a 1 × 1 convolution), summed'
		);
		await expect(description).toContainText(
			`output ${layer20.outputShape.join(' × ')}, ${count(layer20.parameters)} parameters`
		);

		// GoogLeNet and VGG16 totals.
		for (const architecture of [GOOGLENET, VGG16]) {
			await box.getByRole('combobox', { name: /Architecture/ }).selectOption(architecture.id);
			const r = analyseArchitecture(architecture);
			await expect(box.getByTestId('total-parameters')).toHaveText(count(r.parameters));
			expect(r.parameters).toBe(architecture.count.parameters);
			// GoogLeNet's inception modules are drawn as parallel branches.
			await expect(box.locator('.inception')).toHaveCount(
				r.layers.filter((layer) => layer.kind === 'inception').length
			);
		}
		expect(errors).toEqual([]);
	});

	test('output size: the five labelled controls, the worked example, the engine formula and errors', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		const box = figure(page, 'Output size calculator');
		const answer = box.getByTestId('output-size');
		for (const label of ['Input size', 'Kernel size', 'Stride', 'Padding', 'Dilation']) {
			await expect(box.getByLabel(label, { exact: true })).toBeVisible();
		}
		// Starts on the worked example: 4, kernel 2, stride 2, padding 1 gives 3.
		expect(convOutputSize({ input: 4, kernel: 2, stride: 2, padding: 1 })).toBe(3);
		await expect(answer).toHaveText('4 × 4 in, 3 × 3 out');
		await expect(box.locator('.katex')).toContainText('3');

		// Keyboard: stride up to 3 with padding 0 is lesson 3's overflow.
		await box.getByLabel('Padding', { exact: true }).fill('0');
		await box.getByLabel('Stride', { exact: true }).focus();
		await page.keyboard.press('ArrowUp');
		const fit = convFit({ input: 4, kernel: 2, stride: 3, padding: 0 });
		await expect(answer).toHaveText(`4 × 4 in, ${fit.output} × ${fit.output} out`);
		await expect(box.getByTestId('fit-message')).toHaveText(`${fit.message}.`);

		// AlexNet's first layer.
		await box.getByLabel('Input size', { exact: true }).fill('224');
		await box.getByLabel('Kernel size', { exact: true }).fill('11');
		await box.getByLabel('Stride', { exact: true }).fill('4');
		await box.getByLabel('Padding', { exact: true }).fill('2');
		await expect(answer).toHaveText('224 × 224 in, 55 × 55 out');

		// Dilation 2: kernel 3 spans 5.
		await box.getByLabel('Input size', { exact: true }).fill('7');
		await box.getByLabel('Kernel size', { exact: true }).fill('3');
		await box.getByLabel('Stride', { exact: true }).fill('1');
		await box.getByLabel('Padding', { exact: true }).fill('0');
		await box.getByLabel('Dilation', { exact: true }).fill('2');
		const dilated = convOutputSize({ input: 7, kernel: 3, dilation: 2 });
		await expect(answer).toHaveText(`7 × 7 in, ${dilated} × ${dilated} out`);

		// Too large a kernel: the engine's sentence, the other settings kept.
		await box.getByLabel('Kernel size', { exact: true }).fill('5');
		await expect(box.getByTestId('output-error')).toContainText(
			'kernel 5 with dilation 2 spans 9, larger than the 7-wide input'
		);
		await expect(box.getByLabel('Input size', { exact: true })).toHaveValue('7');

		// Pointer: the worked example button puts everything back.
		await box.getByRole('button', { name: /Worked example/ }).click();
		await expect(answer).toHaveText('4 × 4 in, 3 × 3 out');
		await expect(box.getByLabel('Dilation', { exact: true })).toHaveValue('1');
		expect(errors).toEqual([]);
	});

	test('both figures stand alone with their settings in the link', async ({ page }) => {
		await open(page, '/widgets/output-size?input=224&kernel=11&stride=4&padding=2');
		await expect(page.getByTestId('output-size')).toHaveText('224 × 224 in, 55 × 55 out');
		await open(page, '/widgets/architecture-explorer?network=vgg16');
		await expect(page.getByTestId('total-parameters')).toHaveText(count(138357544));
		await page.getByRole('button', { name: /^pool1\b/ }).click();
		await expect(page).toHaveURL(/layer=\d+/);
	});
});
