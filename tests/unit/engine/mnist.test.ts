/**
 * The digits file: built from the mnist package when missing, its split, and each kind of bad file
 * refused by the loader with what is wrong.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMnist, SPLIT_SEED } from '../../../scripts/build-mnist';
import {
	digitBatch,
	encodeMnist,
	MNIST_HEADER_BYTES,
	MnistFormatError,
	decodeMnist,
	parseMnist
} from '../../../src/lib/engine/data/mnist';

let bytes: Uint8Array;
beforeAll(() => {
	bytes = new Uint8Array(gunzipSync(readFileSync(buildMnist().path)));
});

describe('mnist.bin.gz', () => {
	it('holds 9,000 training and 1,000 test digits of 28 x 28, 100 test digits per class', () => {
		const data = parseMnist(bytes);
		expect([data.train.count, data.test.count, data.rows, data.cols, data.seed]).toEqual([
			9000,
			1000,
			28,
			28,
			SPLIT_SEED
		]);
		expect(bytes.length).toBe(32 + 10000 * 784 + 10000);
		const perClass = new Array(10).fill(0);
		for (const label of data.test.labels) perClass[label]++;
		expect(perClass).toEqual(new Array(10).fill(100));
		// The training set is shuffled: its first 50 labels are not all one class.
		expect(new Set(data.train.labels.subarray(0, 50)).size).toBeGreaterThan(5);
	});

	it('is up to date on a second build (nothing rewritten)', () => {
		expect(buildMnist().built).toBe(false);
	});

	it('makes batches [B,1,28,28] scaled to [0, 1], reusing buffers when given', () => {
		const data = parseMnist(bytes);
		const batch = digitBatch(data.train, [0, 5, 8999]);
		expect(batch.x.shape).toEqual([3, 1, 28, 28]);
		expect(Math.max(...batch.x.data)).toBeLessThanOrEqual(1);
		expect(Math.max(...batch.x.data)).toBeGreaterThan(0.9);
		expect(batch.x.data[784 + 300]).toBeCloseTo(data.train.images[5 * 784 + 300] / 255, 6);
		expect(Array.from(batch.labels)).toEqual([
			data.train.labels[0],
			data.train.labels[5],
			data.train.labels[8999]
		]);
		const again = digitBatch(data.train, [1, 2, 3], 28, 28, batch);
		expect(again.x).toBe(batch.x);
		expect(() => digitBatch(data.train, [9000])).toThrow(/digits 0 to 8999/);
	});

	it('round-trips through encodeMnist', () => {
		const tiny = {
			rows: 2,
			cols: 2,
			seed: 7,
			train: { images: Uint8Array.from([1, 2, 3, 4]), labels: Uint8Array.from([3]), count: 1 },
			test: {
				images: Uint8Array.from([5, 6, 7, 8, 9, 10, 11, 12]),
				labels: Uint8Array.from([0, 9]),
				count: 2
			}
		};
		const back = parseMnist(encodeMnist(tiny).buffer as ArrayBuffer);
		expect(Array.from(back.test.images)).toEqual([5, 6, 7, 8, 9, 10, 11, 12]);
		expect(Array.from(back.train.labels)).toEqual([3]);
		expect(back.seed).toBe(7);
	});
});

describe('bad digits files are refused', () => {
	const corrupt = (change: (b: Uint8Array, view: DataView) => Uint8Array | void): Uint8Array => {
		const copy = new Uint8Array(bytes);
		return change(copy, new DataView(copy.buffer)) ?? copy;
	};
	type Change = (b: Uint8Array, view: DataView) => Uint8Array | void;
	const cases: [string, Change, RegExp][] = [
		['too short for the header', () => bytes.slice(0, 10), /fewer than its 32-byte header/],
		[
			'an HTML page',
			() => new TextEncoder().encode('<!doctype html><html>not found</html>  '),
			/starts with "<!do", not "CVMN".*HTML/
		],
		['another version', (_b, v) => v.setUint32(4, 2, true), /version 2, this code reads version 1/],
		['truncated', () => bytes.slice(0, bytes.length - 100), /needs 7850032: it is truncated/],
		['a count that does not match', (_b, v) => v.setUint32(8, 9001, true), /9001 \+ 1000 digits/],
		[
			'a label of 12',
			(b) => {
				b[MNIST_HEADER_BYTES + 10000 * 784 + 4] = 12;
			},
			/digit 4 of the file has label 12/
		],
		['zero rows', (_b, v) => v.setUint32(16, 0, true), /0 x 28 pixels/]
	];
	it.each(cases)('%s', (_label, change, message) => {
		expect(() => parseMnist(corrupt(change))).toThrow(MnistFormatError);
		expect(() => parseMnist(corrupt(change))).toThrow(message);
	});
});

describe('decodeMnist: the file as the site serves it', () => {
	it('decompresses the gzip file the build writes, to the same digits', async () => {
		const served = new Uint8Array(readFileSync(buildMnist().path));
		expect(served.length).toBeLessThan(bytes.length / 3);
		const data = await decodeMnist(served);
		expect(data.test.labels).toEqual(parseMnist(bytes).test.labels);
		expect(data.train.images.subarray(0, 784)).toEqual(
			parseMnist(bytes).train.images.subarray(0, 784)
		);
	});

	it('takes raw bytes too (a server that decompressed it on the way)', async () => {
		expect((await decodeMnist(bytes)).train.count).toBe(9000);
	});

	it('refuses a damaged gzip file with what to do', async () => {
		const served = new Uint8Array(readFileSync(buildMnist().path));
		const damaged = served.slice(0, 5000);
		await expect(decodeMnist(damaged)).rejects.toThrow(MnistFormatError);
		await expect(decodeMnist(damaged)).rejects.toThrow('could not be decompressed');
	});
});
