// Measures lesson 12's training in Chromium: test accuracy on the 1,000 held-out digits against the
// wall-clock time since Start was pressed, for 60 s (or MEASURE_SECONDS). Not part of the test suite.
// Usage: npx vite preview --port 4173 & npx tsx scripts/measure-training.ts
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../tests/chromium.js';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const seconds = Number(process.env.MEASURE_SECONDS ?? 60);

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage();
await page.goto(`${base}/lessons/12-train-lenet`);
await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
const figure = page.getByRole('figure', { name: 'Train LeNet-5 on handwritten digits' });
// Lesson figures wake when scrolled near: scroll until the training figure exists.
for (let step = 0; step < 60 && (await figure.count()) === 0; step++) {
	await page.mouse.wheel(0, 600);
	await page.waitForTimeout(100);
}
const started = Date.now();
await figure.getByRole('button', { name: 'Start training' }).click();
let reached: number | null = null;
let last = '';
while (Date.now() - started < seconds * 1000) {
	await page.waitForTimeout(500);
	const accuracy = Number.parseFloat(await figure.getByTestId('test-accuracy').innerText());
	const examples = await figure.getByTestId('examples').innerText();
	const line = `${((Date.now() - started) / 1000).toFixed(1)} s: ${examples} examples, test accuracy ${accuracy} %`;
	if (line.split(':')[1] !== last.split(':')[1]) console.log(line);
	last = line;
	if (reached === null && accuracy >= 97) reached = (Date.now() - started) / 1000;
}
const final = Number.parseFloat(await figure.getByTestId('test-accuracy').innerText());
console.log(
	`\nafter ${seconds} s: test accuracy ${final} % on the 1,000 held-out digits; ` +
		(reached === null ? '97 % not reached' : `97 % first reached after ${reached.toFixed(1)} s`)
);
await browser.close();
