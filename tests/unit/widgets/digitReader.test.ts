import { describe, expect, it } from 'vitest';
import type { Inspection } from '../../../src/lib/engine/lessons/trainingRun';
import {
	DigitReader,
	type DigitNetwork
} from '../../../src/lib/widgets/training/digitReader.svelte';

/** A network whose answers the test releases one by one, to see what is asked and when. */
function heldNetwork() {
	const asked: string[] = [];
	const waiting: (() => void)[] = [];
	const network: DigitNetwork = {
		testDigit: (index) => {
			asked.push(`digit ${index}`);
			return new Promise((resolve) =>
				waiting.push(() => resolve({ pixels: new Uint8Array(784).fill(index), digit: index % 10 }))
			);
		},
		inspect: (image) => {
			asked.push(`inspect ${Math.round(image[0] * 255)}`);
			const probabilities = new Float32Array(10).fill(0.05);
			probabilities[3] = 0.55;
			const inspection: Inspection = { probabilities, digits: [...Array(10).keys()], layers: [] };
			return new Promise((resolve) => waiting.push(() => resolve(inspection)));
		}
	};
	const release = async () => {
		waiting.shift()?.();
		await new Promise((resolve) => setTimeout(resolve, 0));
	};
	return { network, asked, release };
}

describe('DigitReader (lesson 12 digit figure)', () => {
	it('a test digit is shown on the pad and read by the network; answers ranked', async () => {
		const { network, asked, release } = heldNetwork();
		const shown: Float32Array[] = [];
		const reader = new DigitReader(network, 1, (image) => shown.push(image));
		void reader.pickTest(5);
		await release();
		expect(reader.source).toEqual({ kind: 'test', index: 5, digit: 4 });
		expect(shown[0][0]).toBeCloseTo(4 / 255);
		await release();
		expect(asked).toEqual(['digit 4', 'inspect 4']);
		expect(reader.ranked[0]).toEqual({ digit: 3, p: expect.closeTo(0.55, 5) });
		expect(reader.ranked).toHaveLength(10);
	});

	it('while one digit is fetched, only the newest asked for follows; indices are clamped', async () => {
		const { network, asked, release } = heldNetwork();
		const reader = new DigitReader(network, 1, () => {});
		void reader.pickTest(10);
		void reader.pickTest(11);
		void reader.pickTest(5000);
		expect(reader.digitIndex).toBe(1000);
		await release(); // digit 10 arrives, its inspection is asked, digit 1000 is fetched next
		await release(); // inspection of digit 10
		await release(); // digit 1000
		await release();
		expect(asked).toEqual(['digit 9', 'inspect 9', 'digit 999', 'inspect 231']);
		expect(reader.source).toEqual({ kind: 'test', index: 1000, digit: 9 });
	});

	it('a drawing read while the network is busy waits; only the newest is read after', async () => {
		const { network, asked, release } = heldNetwork();
		const reader = new DigitReader(network, 1, () => {});
		reader.readDrawing(new Float32Array(784).fill(1 / 255));
		reader.readDrawing(new Float32Array(784).fill(2 / 255));
		reader.readDrawing(new Float32Array(784).fill(3 / 255));
		await release();
		await release();
		expect(asked).toEqual(['inspect 1', 'inspect 3']);
		expect(reader.source).toEqual({ kind: 'drawing' });
	});

	it('a failing network becomes a sentence; clear forgets the digit', async () => {
		const reader = new DigitReader(
			{
				testDigit: () => Promise.reject(new Error('the digits file answered 404')),
				inspect: () => Promise.reject(new Error('no model'))
			},
			1,
			() => {}
		);
		await reader.pickTest(2);
		expect(reader.problem).toBe('The test digits could not be read: the digits file answered 404.');
		await reader.analyse(new Float32Array(784));
		expect(reader.problem).toBe('The network could not read it: no model.');
		reader.clear();
		expect([reader.image, reader.inspection, reader.source]).toEqual([null, null, null]);
	});
});
