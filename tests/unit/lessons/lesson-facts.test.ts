// Every number a lesson states in its prose is recomputed here with the engine, and the lesson is
// checked to still say it: if either the engine or the sentence changes, this fails.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	ALEXNET,
	ALEXNET_ORIGINAL,
	analyseArchitecture,
	convTransposeGeometry,
	crossEntropyFromLogits,
	GOOGLENET,
	LENET5,
	pool2d,
	RESNET18,
	SGD,
	tensor,
	VGG16,
	ZFNET
} from '$lib/engine';
import type { Architecture, Parameter } from '$lib/engine';
import { depthwiseSeparableCost, standardCost } from '$lib/engine/lessons/convCost';

const lesson = (prefix: string): string => {
	const file = readFileSync('content/' + lessonFile(prefix), 'utf8');
	// Prose as written, with KaTeX's thin spaces between digit groups removed: "671\,744" -> "671744".
	return file.replace(/(\d)\\,(?=\d{3})/g, '$1');
};
const lessonFile = (prefix: string): string => {
	const files = readdirSync('content').filter((name) => name.startsWith(prefix + '-'));
	if (files.length !== 1) throw new Error(`no single lesson file starts with ${prefix}-`);
	return files[0];
};

const parameters = (architecture: Architecture) => analyseArchitecture(architecture).parameters;
/** Parameters of the layers whose path starts with one of the prefixes. */
const parametersOf = (architecture: Architecture, prefixes: string[]) =>
	analyseArchitecture(architecture)
		.layers.filter((layer) => prefixes.some((prefix) => layer.path.startsWith(prefix)))
		.reduce((sum, layer) => sum + layer.parameters, 0);

describe('lesson 4: what the convolution family costs', () => {
	const shape = { input: 32, inChannels: 16, outChannels: 32, kernel: 3, padding: 1 };
	const standard = standardCost(shape);
	const separable = depthwiseSeparableCost(shape);

	it('depthwise-separable: 704 parameters against 4640, 671,744 multiply-adds against 4,718,592', () => {
		expect([separable.parameters, standard.parameters]).toEqual([704, 4640]);
		expect([separable.multiplyAdds, standard.multiplyAdds]).toEqual([671744, 4718592]);
		expect((standard.multiplyAdds / separable.multiplyAdds).toFixed(2)).toBe('7.02');
		expect((standard.parameters / separable.parameters).toFixed(1)).toBe('6.6');
		const text = lesson('04');
		for (const stated of ['$704$', '$4640$', '$671744$', '$4718592$', '1/7.02', '1/6.6']) {
			expect(text).toContain(stated);
		}
	});

	it('transposed, kernel 3, padding 1, stride 2: 32 becomes 63, and 64 with output padding 1', () => {
		const geometry = (outputPadding: number) =>
			convTransposeGeometry([1, 1, 32, 32], [1, 1, 3, 3], { stride: 2, padding: 1, outputPadding })
				.outHeight;
		expect(geometry(0)).toBe(63);
		expect(geometry(1)).toBe(64);
		expect(lesson('04')).toContain('(32 - 1) \\times 2 - 2 + 3 = 63');
	});
});

describe('lesson 6: pooling', () => {
	it('sum pooling of values near 100 gives about 400 in a 2x2 window and 900 in a 3x3 one', () => {
		const hundreds = tensor(new Array(36).fill(100), [1, 1, 6, 6]);
		expect(pool2d(hundreds, { mode: 'sum', window: 2 }).output.data[0]).toBe(400);
		expect(pool2d(hundreds, { mode: 'sum', window: 3 }).output.data[0]).toBe(900);
		expect(pool2d(hundreds, { mode: 'max', window: 3 }).output.data[0]).toBe(100);
		expect(lesson('06')).toMatch(/about \$400\$ in a \$2 \\times 2\$ window and\s+\$900\$/);
	});

	it('AlexNet and ResNet pool with 3x3 windows and stride 2, as the lesson says', () => {
		const pools = [ALEXNET, RESNET18].flatMap((architecture) =>
			analyseArchitecture(architecture).layers.filter((layer) => layer.kind === 'maxPool')
		);
		expect(pools.length).toBeGreaterThan(0);
		expect(pools.every((pool) => pool.label.startsWith('max pool 3x3, stride 2'))).toBe(true);
	});
});

describe('lesson 9: totals and where they come from', () => {
	it('states every total the engine computes', () => {
		const text = lesson('09');
		const totals: [Architecture, number][] = [
			[LENET5, 61706],
			[ALEXNET, 61100840],
			[VGG16, 138357544],
			[RESNET18, 11689512],
			[GOOGLENET, 6624904],
			[ZFNET, 62357608]
		];
		for (const [architecture, total] of totals) {
			expect(parameters(architecture), architecture.name).toBe(total);
			expect(text).toContain(`$${total}$`);
		}
		expect(ZFNET.source).toMatch(/no official/);
		expect(text).toMatch(/ZFNet has no official\s+count/);
		expect(text).toMatch(/about \$6\.8\$ million/);
	});

	it("the papers' own rounded figures: AlexNet about 60 million, VGG16 138 million", () => {
		const text = lesson('09');
		const stated: [Architecture, number, RegExp][] = [
			[ALEXNET_ORIGINAL, 60e6, /AlexNet's speaks of about \$60\$ million/],
			[VGG16, 138e6, /gives VGG16 \$138\$ million/],
			[GOOGLENET, 6.8e6, /about \$6\.8\$ million/]
		];
		for (const [architecture, figure, sentence] of stated) {
			// The catalogue keeps the paper's figure, and the prose states the same one.
			expect(architecture.count.paperStates?.parameters, architecture.name).toBe(figure);
			expect(text).toMatch(sentence);
		}
		// The engine's counts of the two forms the papers describe round to the papers' figures.
		expect(parameters(ALEXNET_ORIGINAL)).toBe(60965224);
		expect(ALEXNET_ORIGINAL.count.parameters).toBe(60965224);
		expect(text).toContain('$60965224$');
		expect(Math.abs(parameters(ALEXNET_ORIGINAL) - 60e6) / 60e6).toBeLessThan(0.02);
		expect(Math.round(parameters(VGG16) / 1e6)).toBe(138);
		// torchvision's AlexNet (one GPU, 64-192-384-256-256 filters) is a different, slightly larger count.
		expect(parameters(ALEXNET)).toBeGreaterThan(parameters(ALEXNET_ORIGINAL));
	});

	it('VGG16 block by block', () => {
		const blocks = [1, 2, 3, 4, 5].map((block) => parametersOf(VGG16, [`conv${block}_`]));
		expect(blocks).toEqual([38720, 221440, 1475328, 5899776, 7079424]);
		const text = lesson('09');
		for (const value of blocks) expect(text).toContain(`$${value}$`);
		const head = parametersOf(VGG16, ['fc6', 'fc7', 'fc8']);
		expect(head).toBe(123642856);
		expect(text).toContain('over $123$ million');
		expect(parametersOf(RESNET18, ['fc'])).toBe(513000);
		expect(text).toContain('$513000$');
	});
});

describe('lesson 11: the small examples', () => {
	it('scores (0.5, 0.6, 0.2) against the target (1, 0, 0)', () => {
		const wrong = crossEntropyFromLogits(tensor([0.5, 0.6, 0.2], [1, 3]), [0]);
		const probabilities = Array.from(wrong.probabilities.data, (p) => p.toFixed(3));
		expect(probabilities).toEqual(['0.351', '0.388', '0.260']);
		expect(wrong.loss.toFixed(2)).toBe('1.05');
		const right = crossEntropyFromLogits(tensor([2, 0, 0], [1, 3]), [0]);
		expect(right.probabilities.data[0].toFixed(3)).toBe('0.787');
		expect(right.loss.toFixed(2)).toBe('0.24');
		const text = lesson('11');
		for (const stated of ['(0.351, 0.388, 0.260)', '\\approx 1.05', '$0.787$', '$0.24$']) {
			expect(text).toContain(stated);
		}
	});

	it('the update of a 2 x 2 filter by its gradient', () => {
		const filter: Parameter = {
			name: 'weights',
			value: tensor([0.5, -0.2, 0.1, 0.8], [1, 1, 2, 2]),
			grad: tensor([2, -1, 0, 3], [1, 1, 2, 2]),
			frozen: false
		};
		new SGD({ learningRate: 0.1 }).step([filter]);
		expect(Array.from(filter.value.data, (w) => Number(w.toFixed(6)))).toEqual([
			0.3, -0.1, 0.1, 0.5
		]);
		expect(lesson('11')).toContain('0.3 & -0.1 \\\\ 0.1 & 0.5');
	});

	it('LeNet-5 and VGG16 parameter counts', () => {
		expect(parameters(LENET5)).toBe(61706);
		expect(Math.round(parameters(VGG16) / 1e6)).toBe(138);
		expect(lesson('11')).toContain('LeNet-5 has $61706$, VGG16 $138$ million');
	});
});
