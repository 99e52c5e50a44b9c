import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readBuiltMnist } from '../../scripts/build-mnist';
import { loadModel } from '../../src/lib/engine/serialize';
import { collectErrors, open } from './helpers';

const url = '/lessons/12-train-lenet';
const digits = readBuiltMnist();

function figure(page: Page, title: string) {
	return page.getByRole('figure', { name: title });
}

/** The page's current test accuracy, as a fraction (NaN before the first measure). */
async function testAccuracy(page: Page): Promise<number> {
	const text = await figure(page, 'Train LeNet-5 on handwritten digits')
		.getByTestId('test-accuracy')
		.innerText();
	return Number.parseFloat(text) / 100;
}

/** Probabilities shown by the digit figure, digit by digit. */
async function shownProbabilities(page: Page): Promise<number[]> {
	const items = figure(page, 'Draw a digit: what every layer sees')
		.getByTestId('probabilities')
		.locator('li .p');
	return (await items.allInnerTexts()).map((t) => Number.parseFloat(t) / 100);
}

/** The engine's probabilities for test digit `index` with a saved model. */
function engineProbabilities(modelText: string, index: number): number[] {
	const model = loadModel(modelText);
	const pixels = digits.test.images.subarray(index * 784, (index + 1) * 784);
	const x = { shape: [1, 1, 28, 28], data: Float32Array.from(pixels, (p) => p / 255) };
	return Array.from(model.predict(x).probabilities.data);
}

async function download(page: Page): Promise<string> {
	const fig = figure(page, 'Save and load the weights');
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		fig.getByRole('button', { name: 'Download as a file' }).click()
	]);
	return readFileSync(await file.path(), 'utf8');
}

/** Every figure describes the loaded network: examples seen and a test accuracy measured again. */
async function expectLoadedDescribed(page: Page, examples: number) {
	const train = figure(page, 'Train LeNet-5 on handwritten digits');
	await expect(train.getByTestId('examples')).toHaveText(examples.toLocaleString('en'));
	await expect(train.getByTestId('test-accuracy')).toHaveText(/^\d+\.\d %$/);
	await expect(train.locator('[aria-live="polite"]')).not.toContainText('No example seen yet');
	const probe = figure(page, 'Draw a digit: what every layer sees').locator('[aria-live="polite"]');
	await expect(probe).not.toContainText('has not been trained');
	await expect(probe).toContainText(
		`had seen ${examples.toLocaleString('en')} training examples and scores`
	);
}

async function trainUntil(page: Page, examples: number) {
	const train = figure(page, 'Train LeNet-5 on handwritten digits');
	await train.getByRole('button', { name: /^(Start|Resume) training$/ }).click();
	await expect
		.poll(async () => Number((await train.getByTestId('examples').innerText()).replace(/,/g, '')), {
			timeout: 120_000
		})
		.toBeGreaterThanOrEqual(examples);
	await train.getByRole('button', { name: 'Pause' }).click();
	await expect(train.getByTestId('training-status')).toContainText('Paused');
}

test.describe('lesson 12: training LeNet in the page', () => {
	test.setTimeout(240_000);

	test('nothing is downloaded before Start; training raises test accuracy and controls answer while it trains', async ({
		page
	}) => {
		const errors = collectErrors(page);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await open(page, url);
		await page.waitForLoadState('networkidle');
		expect(requests.filter((r) => r.includes('mnist.bin'))).toEqual([]);

		const train = figure(page, 'Train LeNet-5 on handwritten digits');
		await train.getByRole('button', { name: 'Start training' }).click();
		await expect(train.getByTestId('training-status')).toContainText('Training');
		// The worker's fetch reaches Playwright on the worker's own channel, which may trail the page's
		// status: wait for the request rather than read the list once.
		await expect.poll(() => requests.some((r) => r.includes('mnist.bin'))).toBe(true);

		// While it trains, controls answer: a setting changes and the page says so.
		await expect
			.poll(async () => Number((await train.getByTestId('examples').innerText()).replace(/,/g, '')))
			.toBeGreaterThan(0);
		await train.getByLabel('Batch size').selectOption('64');
		await expect(train.locator('[aria-live="polite"]')).toContainText('batch size 64');
		await train.getByLabel('Batch size').selectOption('32');

		// Accuracy on the held-out digits rises far above chance (10 %).
		await expect.poll(() => testAccuracy(page), { timeout: 180_000 }).toBeGreaterThan(0.9);
		await train.getByRole('button', { name: 'Pause' }).click();
		await expect(train.getByTestId('training-status')).toContainText('Paused');

		// The confusion matrix is measured on the 1,000 test digits when training pauses.
		const confusion = figure(page, 'Which digits it confuses');
		await expect(confusion.getByTestId('confusion-summary')).toContainText('/ 1,000 right');
		await expect(confusion.getByTestId('confusion-matrix').locator('tbody tr')).toHaveCount(10);
		expect(errors).toEqual([]);
	});

	test('draw or pick a digit; save and load round-trip; a corrupt file is refused and the model stays', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		await trainUntil(page, 1500);
		const probe = figure(page, 'Draw a digit: what every layer sees');

		// Keyboard: pick test digit 5; its label is the data's and the probabilities are the engine's.
		const input = probe.getByRole('spinbutton', { name: 'Test digit' });
		await input.fill('5');
		await input.press('Enter');
		await expect(probe.locator('[aria-live="polite"]')).toContainText(
			`Test digit 5, a ${digits.test.labels[4]}`
		);
		// The slider browses the test digits too, by pointer or arrow keys.
		const browse = probe.getByRole('slider', { name: 'Browse the test digits' });
		await expect(browse).toHaveValue('5');
		await browse.fill('12');
		await expect(probe.locator('[aria-live="polite"]')).toContainText(
			`Test digit 12, a ${digits.test.labels[11]}`
		);
		await browse.press('ArrowRight');
		await expect(probe.locator('[aria-live="polite"]')).toContainText(
			`Test digit 13, a ${digits.test.labels[12]}`
		);
		await expect(input).toHaveValue('13');
		await input.fill('5');
		await input.press('Enter');
		await expect(probe.locator('[aria-live="polite"]')).toContainText(
			`Test digit 5, a ${digits.test.labels[4]}`
		);
		const saved = await download(page);
		// The file carries how many examples the network had seen.
		const savedExamples = Number(/"examplesSeen":(\d+)/.exec(saved)?.[1] ?? 0);
		expect(savedExamples).toBeGreaterThanOrEqual(1500);
		const expected = engineProbabilities(saved, 4);
		await expect.poll(() => shownProbabilities(page)).toHaveLength(10);
		const shown = await shownProbabilities(page);
		shown.forEach((p, k) => expect(Math.abs(p - expected[k])).toBeLessThan(0.0006));

		// Every layer's feature maps are drawn.
		await expect(probe.getByRole('img', { name: /conv1 \+ ReLU/ })).toBeVisible();
		await expect(probe.getByRole('img', { name: /fc3: 10 scores/ })).toBeVisible();

		// Pointer: draw a vertical stroke; the network answers for the drawing.
		const pad = probe.locator('canvas.pad');
		await pad.scrollIntoViewIfNeeded();
		const box = (await pad.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.15);
		await page.mouse.down();
		for (let i = 1; i <= 10; i++) {
			await page.mouse.move(box.x + box.width / 2, box.y + box.height * (0.15 + i * 0.07));
		}
		await page.mouse.up();
		await expect(probe.locator('[aria-live="polite"]')).toContainText(
			'Your drawing: the network answers'
		);

		// Reset gives a new network; loading the file brings the trained one back exactly.
		const train = figure(page, 'Train LeNet-5 on handwritten digits');
		await train.getByRole('button', { name: 'Reset' }).click();
		const weights = figure(page, 'Save and load the weights');
		await weights.locator('input[type="file"]').setInputFiles({
			name: 'lenet-digits.json',
			mimeType: 'application/json',
			buffer: Buffer.from(saved)
		});
		await expect(weights.getByTestId('weights-message')).toContainText('Loaded the weights');
		await expectLoadedDescribed(page, savedExamples);
		await input.fill('6');
		await input.press('Enter');
		await probe.getByRole('button', { name: 'Previous digit' }).click();
		await expect(probe.locator('[aria-live="polite"]')).toContainText('Test digit 5');
		await expect
			.poll(async () => (await shownProbabilities(page))[digits.test.labels[4]])
			.toBeCloseTo(expected[digits.test.labels[4]], 3);
		expect(await download(page)).toBe(saved);

		// A corrupt file and a foreign JSON file are refused; the model stays.
		await weights.locator('input[type="file"]').setInputFiles({
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from(saved.slice(0, 5000))
		});
		await expect(weights.getByTestId('weights-problem')).toContainText(
			'“broken.json” could not be loaded'
		);
		await expect(weights.getByTestId('weights-problem')).toContainText('current network stays');
		// Said once, in the alert; the description does not repeat it.
		await expect(weights.locator('[aria-live="polite"]')).not.toContainText('could not be loaded');
		await weights.locator('input[type="file"]').setInputFiles({
			name: 'other.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"format":"keras","layers":[]}')
		});
		await expect(weights.getByTestId('weights-problem')).toContainText('not a convolutif model');
		expect(await download(page)).toBe(saved);

		// In this browser too.
		await weights.getByRole('button', { name: 'Save in this browser' }).click();
		await expect(weights.getByTestId('weights-message')).toContainText('Saved in this browser');
		await weights.getByRole('button', { name: 'Load from this browser' }).click();
		await expect(weights.getByTestId('weights-message')).toContainText(
			'Loaded the weights from this browser'
		);
		await expectLoadedDescribed(page, savedExamples);
		expect(errors).toEqual([]);
	});

	test('pausing keeps the latest weights apart: a model saved on purpose is never overwritten', async ({
		page
	}) => {
		const errors = collectErrors(page);
		await open(page, url);
		await trainUntil(page, 300);
		const weights = figure(page, 'Save and load the weights');
		await weights.getByRole('button', { name: 'Save in this browser' }).click();
		await expect(weights.getByTestId('weights-message')).toContainText('Saved in this browser');
		const stored = () =>
			page.evaluate(() => ({
				saved: localStorage.getItem('convolutif:lenet-digits'),
				latest: localStorage.getItem('convolutif:lenet-digits:latest')
			}));
		const kept = (await stored()).saved;
		expect(kept).not.toBeNull();

		// More training, then a pause: the latest weights are kept by themselves, apart.
		await trainUntil(page, 900);
		await expect
			.poll(async () => {
				const { latest } = await stored();
				return latest !== null && latest !== kept;
			})
			.toBe(true);
		const after = await stored();
		expect(after.latest).not.toBeNull();
		expect(after.saved).toBe(kept);

		// Loading from this browser brings back the model saved on purpose.
		await weights.getByRole('button', { name: 'Load from this browser' }).click();
		await expect(weights.getByTestId('weights-message')).toContainText(
			'Loaded the weights from this browser'
		);
		expect(await download(page)).toBe(kept);

		// After a reload, lesson 12 offers to go on from the latest weights, and describes them.
		await open(page, url);
		const train = figure(page, 'Train LeNet-5 on handwritten digits');
		await expect(weights.locator('[aria-live="polite"]')).toContainText(
			/The latest training \([\d,]+ examples seen\) is kept in this browser/
		);
		await train
			.getByRole('button', { name: /^Continue from the latest weights \([\d,]+ examples\)$/ })
			.click();
		const latestText = (await stored()).latest ?? '';
		const latestExamples = Number(/"examplesSeen":(\d+)/.exec(latestText)?.[1] ?? 0);
		expect(latestExamples).toBeGreaterThan(Number(/"examplesSeen":(\d+)/.exec(kept ?? '')?.[1]));
		await expect(train.getByTestId('examples')).toHaveText(latestExamples.toLocaleString('en'));
		await expect(train.getByTestId('test-accuracy')).toHaveText(/^\d+\.\d %$/);
		expect(errors).toEqual([]);
	});

	test('on a phone, the save figure fits its box (the file input shrinks)', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await open(page, url);
		const weights = figure(page, 'Save and load the weights');
		const overflow = await weights.evaluate((element) => {
			const box = element.getBoundingClientRect();
			return Math.max(
				...[...element.querySelectorAll('*')].map(
					(child) => child.getBoundingClientRect().right - box.right
				)
			);
		});
		expect(overflow).toBeLessThanOrEqual(0);
	});

	test('a huge learning rate diverges: the run stops itself, says so, keeps the last good weights', async ({
		page
	}) => {
		await open(page, url);
		await trainUntil(page, 1000);
		const good = await download(page);
		const confusion = figure(page, 'Which digits it confuses');
		await expect(confusion.getByTestId('confusion-summary')).toContainText('right');
		const before = Number(
			/([\d,]+) \/ 1,000 right/
				.exec(await confusion.getByTestId('confusion-summary').innerText())![1]
				.replace(/,/g, '')
		);

		const train = figure(page, 'Train LeNet-5 on handwritten digits');
		await train.getByLabel('Learning rate').selectOption('5');
		await train.getByRole('button', { name: 'Resume training' }).click();
		const alert = train.getByTestId('training-problem');
		await expect(alert).toBeVisible({ timeout: 60_000 });
		await expect(alert).toContainText('lower the learning rate');
		// A sentence that starts with a capital, its loss in plain words (no "80569417880.0").
		const said = await alert.innerText();
		expect(said).toMatch(/^[A-Z]/);
		expect(said).not.toMatch(/\d{5,}|e\+/);
		await expect(train.locator('[aria-live="polite"]')).toContainText('diverged');

		// The weights are a good state: not worse than before the huge rate.
		const kept = loadModel(await download(page));
		expect(kept.parameterCount()).toBe(loadModel(good).parameterCount());
		await confusion.getByRole('button', { name: 'Measure on the test digits' }).click();
		await expect
			.poll(async () =>
				Number(
					/([\d,]+) \/ 1,000 right/
						.exec(await confusion.getByTestId('confusion-summary').innerText())?.[1]
						.replace(/,/g, '') ?? 0
				)
			)
			.toBeGreaterThanOrEqual(Math.min(before, 800));

		// A smaller rate, and training goes on.
		await train.getByLabel('Learning rate').selectOption('0.001');
		await train.getByRole('button', { name: 'Resume training' }).click();
		await expect(train.getByTestId('training-status')).toContainText('Training');
		await train.getByRole('button', { name: 'Pause' }).click();
	});
});
