/**
 * The peers of the bench: convnetjs and TensorFlow.js (cpu and wasm backends) training and inferring
 * the same LeNet-5 on the same batches as our engine.
 */
import { createRequire } from 'node:module';

import * as tf from '@tensorflow/tfjs';
import {
	batchIndices,
	BATCH,
	contender,
	type Contender,
	data,
	INFER_BATCH,
	PIXELS
} from './common';

const require = createRequire(import.meta.url);

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

export function convnetjsContender(): Contender {
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

export function tfjsContender(engine: 'tfjs-cpu' | 'tfjs-wasm'): Contender {
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
export async function tfjsTrainingError(): Promise<string | null> {
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
export function registerWasmBackpropFilter(): void {
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
