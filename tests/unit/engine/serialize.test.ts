/**
 * Saving and loading models: the round trip keeps every weight and prediction, and each kind of corrupt
 * file is refused with a message that says what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { createLeNet5 } from '../../../src/lib/engine/lenet';
import { LeakyReLU, AvgPool2D, Conv2D, Flatten, Dense } from '../../../src/lib/engine/layers';
import { Sequential } from '../../../src/lib/engine/model';
import { createRandom } from '../../../src/lib/engine/random';
import {
	decodeFloat32,
	encodeFloat32,
	loadModel,
	type ModelFile,
	ModelFormatError,
	saveModel,
	serializeModel
} from '../../../src/lib/engine/serialize';
import { randomTensor } from './ops-helpers';

function savedLeNet(): ModelFile {
	return JSON.parse(serializeModel(createLeNet5(createRandom(4)))) as ModelFile;
}

describe('save and load', () => {
	it('round-trips LeNet-5: same layers, same weights bit for bit, same predictions', () => {
		const model = createLeNet5(createRandom(4));
		model.freeze('conv1');
		const text = serializeModel(model);
		const loaded = loadModel(text);
		expect(loaded.summary().map((r) => [r.name, r.kind, r.outputShape, r.frozen])).toEqual(
			model.summary().map((r) => [r.name, r.kind, r.outputShape, r.frozen])
		);
		loaded.parameters().forEach((p, i) => {
			expect(Array.from(p.value.data)).toEqual(Array.from(model.parameters()[i].value.data));
		});
		const x = randomTensor([2, 1, 28, 28], createRandom(5));
		expect(Array.from(loaded.forward(x).data)).toEqual(Array.from(model.forward(x).data));
		expect(text.length).toBeLessThan(400_000); // base64: about 4/3 of 61,706 x 4 bytes
	});

	it('round-trips readable arrays and every layer kind', () => {
		const rng = createRandom(2);
		const model = new Sequential(
			[
				new Conv2D(
					{
						inChannels: 2,
						outChannels: 4,
						kernelSize: 3,
						stride: 2,
						padding: 1,
						groups: 2,
						bias: false
					},
					rng,
					'glorot',
					'c'
				),
				new LeakyReLU({ slope: 0.2 }, 'leaky'),
				new AvgPool2D({ size: 2, edge: 'partial' }, 'avg'),
				new Flatten('flat'),
				new Dense({ inputs: 16, outputs: 3 }, rng, 'he', 'd')
			],
			[2, 7, 7]
		);
		const file = saveModel(model, 'array');
		expect(file.layers[4].weights?.weights.encoding).toBe('array');
		const loaded = loadModel(JSON.parse(JSON.stringify(file)));
		const x = randomTensor([1, 2, 7, 7], rng);
		expect(Array.from(loaded.forward(x).data)).toEqual(Array.from(model.forward(x).data));
		expect((loaded.layer('leaky') as LeakyReLU).slope).toBe(0.2);
	});

	it('encodes float32 to base64 and back exactly, including -0 and tiny numbers', () => {
		const values = Float32Array.from([0, -0, 1.5, -3.25e-20, 3.4e38, 1 / 3]);
		const back = decodeFloat32(encodeFloat32(values));
		expect(Array.from(back)).toEqual(Array.from(values));
		expect(Object.is(back[1], -0)).toBe(true);
		expect(encodeFloat32(Float32Array.from([1]))).toBe('AACAPw==');
	});
});

describe('corrupt files are refused, with what is wrong', () => {
	const cases: [string, (f: ModelFile) => unknown, RegExp][] = [
		['not JSON', () => '{"format": "convolutif-model", ', /not valid JSON/],
		[
			'another format',
			(f) => ({ ...f, format: 'keras' }),
			/format is "keras", not "convolutif-model"/
		],
		[
			'a newer version',
			(f) => ({ ...f, version: 2 }),
			/version 2; this version of convolutif reads version 1/
		],
		['no layers', (f) => ({ ...f, layers: [] }), /layers must be a non-empty list/],
		[
			'an unknown layer kind',
			(f) => (((f.layers[1] as { kind: string }).kind = 'softmax'), f),
			/layer 1 has kind "softmax", which is not one of/
		],
		[
			'a config of the wrong type',
			(f) => ((f.layers[0].config.kernelSize = '5'), f),
			/config kernelSize must be a finite number/
		],
		[
			'an unknown config key',
			(f) => ((f.layers[0].config.kernel = 5), f),
			/config key 'kernel' is not one of/
		],
		[
			'a missing weight',
			(f) => (delete f.layers[0].weights?.bias, f),
			/'conv1', conv2d\) is missing its bias/
		],
		[
			'a weight of the wrong shape',
			(f) => ((f.layers[0].weights!.weights.shape = [6, 1, 25]), f),
			/has shape \[6, 1, 25\] but its configuration needs \[6, 1, 5, 5\]/
		],
		[
			'truncated weights',
			(f) => {
				const w = f.layers[7].weights!.weights;
				w.data = (w.data as string).slice(0, 4000);
				return f;
			},
			/has 750 values but its shape \[120, 400\] needs 48000/
		],
		[
			'base64 cut mid-group',
			(f) => {
				const w = f.layers[7].weights!.weights;
				w.data = (w.data as string).slice(0, 4001);
				return f;
			},
			/not a multiple of 4: it was cut/
		],
		[
			'a NaN weight saved as an array (JSON writes it as null)',
			(f) => {
				const w = f.layers[11].weights!.bias;
				w.encoding = 'array';
				w.data = [0, 0, 0, NaN, 0, 0, 0, 0, 0, 0];
				return JSON.parse(JSON.stringify(f));
			},
			/bias.data must be a list of numbers/
		],
		[
			'an infinite weight in base64',
			(f) => {
				const w = f.layers[11].weights!.bias;
				w.data = encodeFloat32(Float32Array.from([0, 0, Infinity, 0, 0, 0, 0, 0, 0, 0]));
				return f;
			},
			/value 2 is Infinity: weights must be finite/
		],
		[
			'layers that do not fit together',
			(f) => ((f.layers[5].config.size = 3), f),
			/do not fit together: dense fc1 expects 400 features per example, got \[256\]: set inputs to 256/
		],
		[
			'an impossible configuration',
			(f) => ((f.layers[0].config.groups = 4), f),
			/groups must divide/
		]
	];

	it.each(cases)('%s', (_label, corrupt, message) => {
		const file = corrupt(savedLeNet());
		let error: unknown;
		try {
			loadModel(file);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ModelFormatError);
		expect((error as Error).message).toMatch(message);
	});
});
