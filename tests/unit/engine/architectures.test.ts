/**
 * Architecture descriptions: totals equal to the published parameter counts, shapes at the landmarks
 * every textbook quotes, and blocks drawn as trees.
 */
import { describe, expect, it } from 'vitest';
import {
	ALEXNET,
	ALEXNET_ORIGINAL,
	analyseArchitecture,
	ARCHITECTURES,
	type Architecture,
	flattenReport,
	GOOGLENET,
	LENET5,
	RESNET18,
	VGG16,
	ZFNET
} from '../../../src/lib/engine/architectures';
import { createLeNet5 } from '../../../src/lib/engine/lenet';
import { createRandom } from '../../../src/lib/engine/random';

const shapeOf = (arch: Architecture, path: string): number[] => {
	const row = flattenReport(analyseArchitecture(arch).layers).find((r) => r.path === path);
	if (!row) throw new Error(`no layer ${path}`);
	return row.outputShape;
};

describe('published parameter counts', () => {
	it.each([
		['LeNet-5', LENET5, 61706],
		['AlexNet (torchvision)', ALEXNET, 61100840],
		['AlexNet (original, two GPUs)', ALEXNET_ORIGINAL, 60965224],
		['ZFNet (Zeiler & Fergus Fig. 3)', ZFNET, 62357608],
		['GoogLeNet (torchvision, no aux)', GOOGLENET, 6624904],
		['VGG16', VGG16, 138357544],
		['ResNet-18', RESNET18, 11689512]
	] as const)('%s has %i parameters and 1000 (or 10) outputs', (_name, arch, total) => {
		const report = analyseArchitecture(arch);
		expect(report.parameters).toBe(total);
		expect(arch.count.parameters).toBe(total);
		expect(report.outputShape).toEqual([arch.id === 'lenet5' ? 10 : 1000]);
	});

	it('LeNet-5 description agrees with the trainable model of lenet.ts, layer by layer', () => {
		const model = createLeNet5(createRandom(1));
		const rows = analyseArchitecture(LENET5).layers;
		expect(rows.map((r) => r.outputShape)).toEqual(model.summary().map((r) => [...r.outputShape]));
		expect(rows.map((r) => r.parameters)).toEqual(model.summary().map((r) => r.parameters));
	});

	it('lists every architecture once', () => {
		expect(ARCHITECTURES.map((a) => a.id)).toEqual([
			'lenet5',
			'alexnet',
			'alexnet-original',
			'zfnet',
			'googlenet',
			'vgg16',
			'resnet18'
		]);
	});
});

describe('shapes at the landmarks', () => {
	it('AlexNet: 224 -> 55 -> 27 -> 13 -> 6, 9,216 features into fc6', () => {
		expect(shapeOf(ALEXNET, 'conv1')).toEqual([64, 55, 55]);
		expect(shapeOf(ALEXNET, 'pool1')).toEqual([64, 27, 27]);
		expect(shapeOf(ALEXNET, 'pool2')).toEqual([192, 13, 13]);
		expect(shapeOf(ALEXNET, 'flatten')).toEqual([9216]);
		expect(shapeOf(ALEXNET_ORIGINAL, 'conv1')).toEqual([96, 55, 55]);
	});

	it('ZFNet: 224 -> 110 -> 55 -> 26 -> 13 -> 6 (as in Fig. 3)', () => {
		expect(shapeOf(ZFNET, 'conv1')).toEqual([96, 110, 110]);
		expect(shapeOf(ZFNET, 'pool1')).toEqual([96, 55, 55]);
		expect(shapeOf(ZFNET, 'conv2')).toEqual([256, 26, 26]);
		expect(shapeOf(ZFNET, 'pool2')).toEqual([256, 13, 13]);
		expect(shapeOf(ZFNET, 'pool5')).toEqual([256, 6, 6]);
	});

	it('VGG16: 7 x 7 x 512 = 25,088 features into fc6, about 15.5 G multiply-adds', () => {
		expect(shapeOf(VGG16, 'pool5')).toEqual([512, 7, 7]);
		expect(shapeOf(VGG16, 'flatten')).toEqual([25088]);
		const macs = analyseArchitecture(VGG16).multiplyAdds;
		expect(macs / 1e9).toBeCloseTo(15.47, 1);
	});

	it('GoogLeNet: inception 3a concatenates 64 + 128 + 32 + 32 = 256 channels at 28 x 28', () => {
		const report = analyseArchitecture(GOOGLENET);
		const block = report.layers.find((l) => l.name === 'inception3a');
		expect(block?.combine).toBe('concat');
		expect(block?.branches?.map((b) => b[b.length - 1].outputShape)).toEqual([
			[64, 28, 28],
			[128, 28, 28],
			[32, 28, 28],
			[32, 28, 28]
		]);
		expect(block?.outputShape).toEqual([256, 28, 28]);
		expect(shapeOf(GOOGLENET, 'inception5b')).toEqual([1024, 7, 7]);
		expect(shapeOf(GOOGLENET, 'pool1')).toEqual([64, 56, 56]);
	});

	it('ResNet-18: a downsampling block sums a stride-2 main path with a 1x1 stride-2 shortcut, about 1.82 G multiply-adds', () => {
		const report = analyseArchitecture(RESNET18);
		const block = report.layers.find((l) => l.name === 'layer2.0');
		expect(block?.combine).toBe('sum');
		expect(block?.inputShape).toEqual([64, 56, 56]);
		expect(block?.outputShape).toEqual([128, 28, 28]);
		expect(block?.branches?.[1].map((l) => l.path)).toEqual([
			'layer2.0/shortcut/downsample 1x1',
			'layer2.0/shortcut/downsample bn'
		]);
		// 64*128 (1x1) + 2*128 (bn) on the shortcut, 3*3*64*128 + 3*3*128*128 + 2*2*128 on the main path
		expect(block?.parameters).toBe(8192 + 256 + 73728 + 147456 + 512);
		const identity = report.layers.find((l) => l.name === 'layer1.0');
		expect(identity?.branches?.[1]).toEqual([]);
		expect(report.multiplyAdds / 1e9).toBeCloseTo(1.81, 1);
	});

	it('gives LeNet-5 multiply-adds layer by layer: conv1 117,600, conv2 240,000', () => {
		const rows = analyseArchitecture(LENET5).layers;
		expect(rows.find((r) => r.name === 'conv1')?.multiplyAdds).toBe(6 * 28 * 28 * 25);
		expect(rows.find((r) => r.name === 'conv2')?.multiplyAdds).toBe(16 * 10 * 10 * 150);
		expect(rows.find((r) => r.name === 'conv1')?.label).toBe(
			'conv 5x5, 6 filters, stride 1, padding 2'
		);
	});

	it('says what is wrong in a description that does not fit', () => {
		const broken: Architecture = {
			...LENET5,
			layers: [
				{
					kind: 'residual',
					name: 'bad',
					main: [{ kind: 'conv', name: 'c', filters: 4, kernel: 3, padding: 1 }],
					shortcut: []
				}
			]
		};
		expect(() => analyseArchitecture(broken)).toThrow(/add a 1x1 convolution to the shortcut/);
	});
});
