import { describe, expect, it } from 'vitest';
import { LATEST_KEY } from '../../../src/lib/figure/training.svelte';
import {
	LatestWeights,
	type PausingNetwork
} from '../../../src/lib/widgets/training/latestWeights.svelte';

function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (i) => [...items.keys()][i] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, value)
	};
}

function network(overrides: Partial<PausingNetwork> = {}): PausingNetwork & { saves: number } {
	const net: PausingNetwork & { saves: number } = {
		state: 'idle',
		examples: 0,
		loaded: null,
		saves: 0,
		save: async (): Promise<string> => {
			net.saves++;
			return `{"examplesSeen":${net.examples},"layers":[]}`;
		},
		load: async () => ({ ok: true, message: '' }),
		...overrides
	};
	return net;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LatestWeights (lesson 12)', () => {
	it('keeps the weights once per pause, never while training or for a loaded network', async () => {
		const storage = memoryStorage();
		const net = network();
		const latest = new LatestWeights(net, () => storage);
		net.state = 'training';
		net.examples = 640;
		latest.keep();
		expect(net.saves).toBe(0);
		net.state = 'paused';
		latest.keep();
		latest.keep();
		await settle();
		expect(net.saves).toBe(1);
		expect(storage.getItem(LATEST_KEY)).toBe('{"examplesSeen":640,"layers":[]}');
		net.loaded = {};
		net.examples = 700;
		latest.keep();
		expect(net.saves).toBe(1);
	});

	it('after a reload, offers the kept weights until something is trained or loaded', async () => {
		const storage = memoryStorage();
		storage.setItem(LATEST_KEY, '{"examplesSeen":4800,"layers":[]}');
		const net = network();
		const latest = new LatestWeights(net, () => storage);
		expect(latest.offered).toBe(false);
		latest.look();
		expect(latest.offered).toBe(true);
		expect(latest.examples).toBe(4800);
		net.examples = 32;
		expect(latest.offered).toBe(false);
	});

	it('weights that cannot be used are said so, and not offered again', async () => {
		const storage = memoryStorage();
		storage.setItem(LATEST_KEY, 'not json');
		const net = network({ load: async () => ({ ok: false, message: 'it is not JSON' }) });
		const latest = new LatestWeights(net, () => storage);
		latest.look();
		await latest.continue();
		expect(latest.problem).toBe(
			'The latest weights could not be used: it is not JSON. The current network stays.'
		);
		expect(latest.offered).toBe(false);
	});
});
