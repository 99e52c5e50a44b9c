/**
 * LeNet-5 on the MNIST digits, batch 32, SGD lr 0.01 momentum 0.9, one thread: training and inference
 * examples per second for our engine, convnetjs and TensorFlow.js (cpu and wasm backends), in one run so
 * the machine's load is the same for all. For our engine, also one epoch (9,000 digits) and the test
 * accuracy after it. Prints a table, then one JSON line per engine.
 *
 * Run with `npm run bench`. Each figure: a warm-up, then at least 3 s timed (BENCH_SECONDS to change), in
 * rounds of 1 s that alternate between the engines, so that a change in the machine's load (other
 * processes) weighs on all of them alike. Our engine runs in every round; each ratio compares it with the
 * rounds it shared with the other engine.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import * as tf from '@tensorflow/tfjs';
import { readBuiltMnist } from '../../scripts/build-mnist';
import { allDigits, digitBatch, type MnistData } from '../../src/lib/engine/data/mnist';
import { createLeNet5 } from '../../src/lib/engine/lenet';
import { evaluate, trainStep } from '../../src/lib/engine/model';
import { SGD } from '../../src/lib/engine/optim/sgd';
import { createRandom } from '../../src/lib/engine/random';

const require = createRequire(import.meta.url);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const BATCH = 32;
const INFER_BATCH = 100;
const PIXELS = 784;

interface Result {
	engine: 'convolutif' | 'convnetjs' | 'tfjs-cpu' | 'tfjs-wasm';
	train_ex_per_s?: number;
	infer_ex_per_s?: number;
	epoch_s?: number;
	test_accuracy?: number;
	failed?: boolean;
	reason?: string;
	note?: string;
}

const data: MnistData = readBuiltMnist();
const order = createRandom(7).shuffle(Array.from({ length: data.train.count }, (_, i) => i));

/** Indices of the i-th training batch (cycling through the shuffled order). */
function batchIndices(i: number, size: number): number[] {
	const start = (i * size) % (data.train.count - size);
	return order.slice(start, start + size);
}

/** One engine's training and inference steps, and what the timed rounds add up. */
interface Contender {
	engine: Result['engine'];
	train: (i: number) => void | Promise<void>;
	infer: (i: number) => void | Promise<void>;
	dispose?: () => void;
	timed: {
		train: { examples: number; seconds: number };
		infer: { examples: number; seconds: number };
	};
	steps: number;
}

function contender(
	engine: Result['engine'],
	train: Contender['train'],
	infer: Contender['infer'],
	dispose?: () => void
): Contender {
	return {
		engine,
		train,
		infer,
		dispose,
		steps: 0,
		timed: { train: { examples: 0, seconds: 0 }, infer: { examples: 0, seconds: 0 } }
	};
}

/** Runs a step for at least `seconds` (and at least once), adding examples and time to `into`. */
async function timed(
	step: (i: number) => void | Promise<void>,
	perStep: number,
	seconds: number,
	c: Contender,
	into: { examples: number; seconds: number }
): Promise<void> {
	const start = performance.now();
	do {
		await step(c.steps++);
		into.examples += perStep;
	} while (performance.now() - start < seconds * 1000);
	into.seconds += (performance.now() - start) / 1000;
}

/**
 * Warm-up (0.5 s and at least 3 steps each), then rounds of 1 s alternating between the contenders,
 * training then inference, until each has SECONDS of each. Returns each contender's share of the rounds.
 */
async function race(contenders: Contender[]): Promise<Map<Contender, Result>> {
	const rounds = Math.max(1, Math.ceil(SECONDS));
	const roundSeconds = SECONDS / rounds;
	const shares = new Map<
		Contender,
		{ train: { examples: number; seconds: number }; infer: { examples: number; seconds: number } }
	>();
	for (const c of contenders) {
		const warm = { examples: 0, seconds: 0 };
		await timed(c.train, BATCH, 0.5, c, warm);
		await timed(c.infer, INFER_BATCH, 0.5, c, warm);
		shares.set(c, { train: { examples: 0, seconds: 0 }, infer: { examples: 0, seconds: 0 } });
	}
	for (const kind of ['train', 'infer'] as const) {
		for (let round = 0; round < rounds; round++) {
			for (const c of contenders) {
				const share = shares.get(c)![kind];
				const before = { ...c.timed[kind] };
				await timed(
					c[kind],
					kind === 'train' ? BATCH : INFER_BATCH,
					roundSeconds,
					c,
					c.timed[kind]
				);
				share.examples += c.timed[kind].examples - before.examples;
				share.seconds += c.timed[kind].seconds - before.seconds;
			}
		}
	}
	const results = new Map<Contender, Result>();
	for (const [c, share] of shares) {
		results.set(c, {
			engine: c.engine,
			train_ex_per_s: share.train.examples / share.train.seconds,
			infer_ex_per_s: share.infer.examples / share.infer.seconds
		});
	}
	return results;
}

function convolutifContender(): Contender {
	const model = createLeNet5(createRandom(1));
	const sgd = new SGD({ learningRate: 0.01, momentum: 0.9 });
	const buffers = {
		x: { shape: [BATCH, 1, 28, 28], data: new Float32Array(BATCH * PIXELS) },
		labels: new Uint8Array(BATCH)
	};
	const test = allDigits(data.test);
	const inferX = {
		shape: [INFER_BATCH, 1, 28, 28],
		data: test.x.data.subarray(0, INFER_BATCH * PIXELS)
	};
	return contender(
		'convolutif',
		(i) => {
			const { x, labels } = digitBatch(data.train, batchIndices(i, BATCH), 28, 28, buffers);
			trainStep(model, sgd, x, labels);
		},
		() => {
			model.forward(inferX, false);
		}
	);
}

/** One epoch (9,000 digits) from scratch with our engine, then the test accuracy. */
function convolutifEpoch(): { epoch_s: number; test_accuracy: number } {
	const buffers = {
		x: { shape: [BATCH, 1, 28, 28], data: new Float32Array(BATCH * PIXELS) },
		labels: new Uint8Array(BATCH)
	};
	const fresh = createLeNet5(createRandom(1));
	const sgd = new SGD({ learningRate: 0.01, momentum: 0.9 });
	const epochOrder = createRandom(3).shuffle(Array.from({ length: data.train.count }, (_, i) => i));
	const started = performance.now();
	for (let start = 0; start < epochOrder.length; start += BATCH) {
		const indices = epochOrder.slice(start, start + BATCH);
		const { x, labels } =
			indices.length === BATCH
				? digitBatch(data.train, indices, 28, 28, buffers)
				: digitBatch(data.train, indices);
		trainStep(fresh, sgd, x, labels);
	}
	const epoch = (performance.now() - started) / 1000;
	const test = allDigits(data.test);
	return { epoch_s: epoch, test_accuracy: evaluate(fresh, test.x, test.labels).accuracy };
}

interface ConvnetVol {
	w: Float64Array;
}
interface ConvnetNet {
	makeLayers(defs: object[]): void;
	forward(v: ConvnetVol, training?: boolean): ConvnetVol;
}
interface ConvnetJs {
	Net: new () => ConvnetNet;
	Vol: new (sx: number, sy: number, depth: number, c?: number) => ConvnetVol;
	Trainer: new (
		net: ConvnetNet,
		options: object
	) => { train(v: ConvnetVol, label: number): unknown };
}

function convnetjsContender(): Contender {
	const convnetjs = require('convnetjs') as ConvnetJs;
	const net = new convnetjs.Net();
	net.makeLayers([
		{ type: 'input', out_sx: 28, out_sy: 28, out_depth: 1 },
		{ type: 'conv', sx: 5, filters: 6, stride: 1, pad: 2, activation: 'relu' },
		{ type: 'pool', sx: 2, stride: 2 },
		{ type: 'conv', sx: 5, filters: 16, stride: 1, pad: 0, activation: 'relu' },
		{ type: 'pool', sx: 2, stride: 2 },
		{ type: 'fc', num_neurons: 120, activation: 'relu' },
		{ type: 'fc', num_neurons: 84, activation: 'relu' },
		{ type: 'softmax', num_classes: 10 }
	]);
	const trainer = new convnetjs.Trainer(net, {
		method: 'sgd',
		learning_rate: 0.01,
		momentum: 0.9,
		batch_size: BATCH,
		l2_decay: 0
	});
	// convnetjs stores a volume as (x, y, depth) with depth fastest; with one channel that is row by row, as MNIST.
	const vols = Array.from({ length: data.train.count }, (_, n) => {
		const v = new convnetjs.Vol(28, 28, 1, 0);
		for (let i = 0; i < PIXELS; i++) v.w[i] = data.train.images[n * PIXELS + i] / 255;
		return v;
	});
	return contender(
		'convnetjs',
		(i) => {
			for (const n of batchIndices(i, BATCH)) trainer.train(vols[n], data.train.labels[n]);
		},
		(i) => {
			for (const n of batchIndices(i, INFER_BATCH)) net.forward(vols[n], false);
		}
	);
}

function tfLeNet(): tf.LayersModel {
	const model = tf.sequential();
	model.add(
		tf.layers.conv2d({
			inputShape: [28, 28, 1],
			filters: 6,
			kernelSize: 5,
			padding: 'same',
			activation: 'relu'
		})
	);
	model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
	model.add(tf.layers.conv2d({ filters: 16, kernelSize: 5, padding: 'valid', activation: 'relu' }));
	model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
	model.add(tf.layers.flatten());
	model.add(tf.layers.dense({ units: 120, activation: 'relu' }));
	model.add(tf.layers.dense({ units: 84, activation: 'relu' }));
	model.add(tf.layers.dense({ units: 10, activation: 'softmax' }));
	model.compile({ optimizer: tf.train.momentum(0.01, 0.9), loss: 'categoricalCrossentropy' });
	return model;
}

/** The training images as NHWC batches, made once so the timing measures the network, not the copy. */
function tfBatches(size: number, count: number): { x: tf.Tensor4D; y: tf.Tensor2D }[] {
	return Array.from({ length: count }, (_, b) => {
		const indices = batchIndices(b, size);
		const pixels = new Float32Array(size * PIXELS);
		const labels = new Int32Array(size);
		indices.forEach((n, i) => {
			for (let p = 0; p < PIXELS; p++)
				pixels[i * PIXELS + p] = data.train.images[n * PIXELS + p] / 255;
			labels[i] = data.train.labels[n];
		});
		return {
			x: tf.tensor4d(pixels, [size, 28, 28, 1]),
			y: tf.oneHot(tf.tensor1d(labels, 'int32'), 10) as tf.Tensor2D
		};
	});
}

function tfjsContender(engine: 'tfjs-cpu' | 'tfjs-wasm'): Contender {
	const model = tfLeNet();
	const batches = tfBatches(BATCH, 40);
	const inferBatches = tfBatches(INFER_BATCH, 5);
	return contender(
		engine,
		async (i) => {
			const { x, y } = batches[i % batches.length];
			await model.trainOnBatch(x, y);
		},
		async (i) => {
			const out = model.predict(inferBatches[i % inferBatches.length].x) as tf.Tensor;
			await out.data();
			out.dispose();
		},
		() => {
			for (const b of [...batches, ...inferBatches]) tf.dispose([b.x, b.y]);
			model.dispose();
		}
	);
}

/** Does a LeNet train on the current tfjs backend? The error message if not. */
async function tfjsTrainingError(): Promise<string | null> {
	const model = tfLeNet();
	const [batch] = tfBatches(BATCH, 1);
	try {
		await model.trainOnBatch(batch.x, batch.y);
		return null;
	} catch (error) {
		return (error as Error).message;
	} finally {
		tf.dispose([batch.x, batch.y]);
		model.dispose();
	}
}

/**
 * tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter kernel, so a conv layer cannot train on it. This
 * substitute (plain JavaScript over the wasm heap, NHWC) makes training possible; everything else runs in
 * wasm. dW[kh, kw, ci, co] = Σ x[b, oy·s - top + kh·d, ox·s - left + kw·d, ci] · dy[b, oy, ox, co].
 */
function registerWasmBackpropFilter(): void {
	interface WasmBackend {
		typedArrayFromHeap(t: tf.TensorInfo): Float32Array;
		makeOutput(shape: number[], dtype: tf.DataType): tf.TensorInfo;
	}
	tf.registerKernel({
		kernelName: 'Conv2DBackpropFilter',
		backendName: 'wasm',
		kernelFunc: ({ inputs, backend, attrs }) => {
			const wasm = backend as unknown as WasmBackend;
			const { x, dy } = inputs as { x: tf.TensorInfo; dy: tf.TensorInfo };
			const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs as unknown as {
				strides: [number, number] | number;
				pad: 'valid' | 'same' | number;
				dataFormat: 'NHWC' | 'NCHW';
				dimRoundingMode?: 'floor' | 'round' | 'ceil';
				filterShape: [number, number, number, number];
			};
			if (dataFormat === 'NCHW')
				throw new Error('the substitute Conv2DBackpropFilter handles NHWC only');
			const info = tf.backend_util.computeConv2DInfo(
				x.shape as [number, number, number, number],
				filterShape,
				strides,
				1,
				pad,
				dimRoundingMode,
				false,
				'channelsLast'
			);
			const xs = wasm.typedArrayFromHeap(x);
			const dys = wasm.typedArrayFromHeap(dy);
			const out = wasm.makeOutput(filterShape, 'float32');
			const dw = wasm.typedArrayFromHeap(out);
			dw.fill(0);
			const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels } = info;
			const {
				filterHeight,
				filterWidth,
				strideHeight,
				strideWidth,
				dilationHeight,
				dilationWidth
			} = info;
			const top = info.padInfo.top;
			const left = info.padInfo.left;
			for (let b = 0; b < batchSize; b++) {
				for (let oy = 0; oy < outHeight; oy++) {
					for (let ox = 0; ox < outWidth; ox++) {
						const dyBase = ((b * outHeight + oy) * outWidth + ox) * outChannels;
						for (let kh = 0; kh < filterHeight; kh++) {
							const y = oy * strideHeight - top + kh * dilationHeight;
							if (y < 0 || y >= inHeight) continue;
							for (let kw = 0; kw < filterWidth; kw++) {
								const xx = ox * strideWidth - left + kw * dilationWidth;
								if (xx < 0 || xx >= inWidth) continue;
								const xBase = ((b * inHeight + y) * inWidth + xx) * inChannels;
								const wBase = (kh * filterWidth + kw) * inChannels * outChannels;
								for (let ci = 0; ci < inChannels; ci++) {
									const xv = xs[xBase + ci];
									if (xv === 0) continue;
									const row = wBase + ci * outChannels;
									for (let co = 0; co < outChannels; co++) dw[row + co] += xv * dys[dyBase + co];
								}
							}
						}
					}
				}
			}
			return out;
		}
	});
}

async function main(): Promise<void> {
	const results: Result[] = [];
	/** Our figures in each phase, to compare each engine with the rounds it shared with ours. */
	const oursBeside = new Map<Result['engine'], Result>();
	const ourRounds: Result[] = [];

	// Phase 1: plain JavaScript engines and tfjs's cpu backend.
	process.stderr.write('bench: convolutif, convnetjs, tfjs-cpu...\n');
	await tf.setBackend('cpu');
	await tf.ready();
	const phase1 = [convolutifContender(), convnetjsContender(), tfjsContender('tfjs-cpu')];
	const race1 = await race(phase1);
	ourRounds.push(race1.get(phase1[0])!);
	for (const c of phase1.slice(1)) {
		results.push(race1.get(c)!);
		oursBeside.set(c.engine, race1.get(phase1[0])!);
		c.dispose?.();
	}

	// Phase 2: tfjs's wasm backend (one thread in Node), first as shipped, then with a substitute kernel.
	process.stderr.write('bench: convolutif, tfjs-wasm...\n');
	try {
		const wasm =
			require('@tensorflow/tfjs-backend-wasm') as typeof import('@tensorflow/tfjs-backend-wasm');
		const dist = dirname(
			require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm')
		);
		wasm.setWasmPaths(join(dist, '/'));
		await tf.setBackend('wasm');
		await tf.ready();
		const shipped = await tfjsTrainingError();
		let note: string | undefined;
		if (shipped) {
			process.stderr.write(`bench: tfjs-wasm as shipped cannot train: ${shipped}\n`);
			registerWasmBackpropFilter();
			note = `as shipped, training fails (${shipped}); measured with a substitute JavaScript Conv2DBackpropFilter kernel registered for wasm`;
		}
		const phase2 = [convolutifContender(), tfjsContender('tfjs-wasm')];
		const race2 = await race(phase2);
		ourRounds.push(race2.get(phase2[0])!);
		results.push({ ...race2.get(phase2[1])!, note });
		oursBeside.set('tfjs-wasm', race2.get(phase2[0])!);
		phase2[1].dispose?.();
	} catch (error) {
		results.push({ engine: 'tfjs-wasm', failed: true, reason: (error as Error).message });
	}

	process.stderr.write('bench: one epoch of convolutif...\n');
	const mean = (key: 'train_ex_per_s' | 'infer_ex_per_s') =>
		ourRounds.reduce((n, r) => n + (r[key] ?? 0), 0) / ourRounds.length;
	results.unshift({
		engine: 'convolutif',
		train_ex_per_s: mean('train_ex_per_s'),
		infer_ex_per_s: mean('infer_ex_per_s'),
		...convolutifEpoch()
	});

	const fmt = (v: number | undefined, digits = 0) => (v === undefined ? '-' : v.toFixed(digits));
	console.log(
		`\nLeNet-5, MNIST, batch ${BATCH} (inference batch ${INFER_BATCH}), SGD lr 0.01 momentum 0.9, one thread, ${SECONDS} s per figure`
	);
	console.log(
		'| engine | train ex/s | infer ex/s | ours / it, training (same rounds) | epoch (9,000) | test accuracy |'
	);
	console.log('|---|---:|---:|---:|---:|---:|');
	for (const r of results) {
		const ours = oursBeside.get(r.engine);
		const ratio =
			r.train_ex_per_s && ours?.train_ex_per_s
				? `${(ours.train_ex_per_s / r.train_ex_per_s).toFixed(2)}x (ours ${ours.train_ex_per_s.toFixed(0)})`
				: '-';
		console.log(
			`| ${r.engine} | ${r.failed && !r.train_ex_per_s ? 'failed' : fmt(r.train_ex_per_s)} | ${fmt(r.infer_ex_per_s)} | ${ratio} | ${r.epoch_s ? r.epoch_s.toFixed(1) + ' s' : '-'} | ${r.test_accuracy !== undefined ? (r.test_accuracy * 100).toFixed(1) + ' %' : '-'} |`
		);
	}
	for (const r of results) {
		if (r.failed) console.log(`  ${r.engine}: ${r.reason}`);
		else if (r.note) console.log(`  ${r.engine}: ${r.note}`);
	}
	console.log('');
	for (const r of results) {
		const line: Record<string, unknown> = { engine: r.engine };
		if (r.train_ex_per_s !== undefined) line.train_ex_per_s = Math.round(r.train_ex_per_s);
		if (r.infer_ex_per_s !== undefined) line.infer_ex_per_s = Math.round(r.infer_ex_per_s);
		if (r.epoch_s !== undefined) line.epoch_s = Number(r.epoch_s.toFixed(2));
		if (r.test_accuracy !== undefined) line.test_accuracy = Number(r.test_accuracy.toFixed(4));
		if (r.failed) {
			line.failed = true;
			line.reason = r.reason;
		}
		if (r.note) line.note = r.note;
		const ours = oursBeside.get(r.engine);
		if (ours?.train_ex_per_s && r.train_ex_per_s) {
			line.convolutif_train_ratio = Number((ours.train_ex_per_s / r.train_ex_per_s).toFixed(2));
		}
		console.log(JSON.stringify(line));
	}
}

await main();
