/**
 * Where LeNet-5's time goes, layer by layer, in Node on one thread: inference (batch 100) and a training
 * step (batch 32: forward, loss, backward, optimiser), each layer's share of the total. Run with
 * `npx tsx tests/bench/profile.ts` (after `npm run wasm`); `PROFILE_JS=1` profiles the JavaScript kernels. Times are CPU time.
 * A measurement for whoever tunes the kernels, not part of the bench's table.
 */
import { allDigits, digitBatch } from '../../src/lib/engine/data/mnist';
import { loadFastKernels, softmaxCrossEntropy, useFastKernels } from '../../src/lib/engine/kernels';
import type { Layer } from '../../src/lib/engine/layers';
import { createLeNet5 } from '../../src/lib/engine/lenet';
import { applyGradients } from '../../src/lib/engine/model';
import { SGD } from '../../src/lib/engine/optim/sgd';
import { createRandom } from '../../src/lib/engine/random';
import type { Tensor } from '../../src/lib/engine/tensor';
import { BATCH, batchIndices, data, INFER_BATCH, PIXELS } from './common';

const SECONDS = Number(process.env.PROFILE_SECONDS ?? 3);

/**
 * Milliseconds of this process's CPU time: on a machine shared with other work, wall-clock time counts
 * the moments another process had the core; CPU time does not.
 */
function now(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

await loadFastKernels();
useFastKernels(!process.env.PROFILE_JS);

const model = createLeNet5(createRandom(1));
const layers = model.layers;
const sgd = new SGD({ learningRate: 0.01, momentum: 0.9 });
const test = allDigits(data.test);
const inferX: Tensor = {
	shape: [INFER_BATCH, 1, 28, 28],
	data: test.x.data.subarray(0, INFER_BATCH * PIXELS)
};
const buffers = {
	x: { shape: [BATCH, 1, 28, 28], data: new Float32Array(BATCH * PIXELS) },
	labels: new Uint8Array(BATCH)
};

/** Milliseconds spent in each named part, over all repetitions. */
type Times = Map<string, number>;
const add = (times: Times, key: string, ms: number) => times.set(key, (times.get(key) ?? 0) + ms);

function inferOnce(times: Times): void {
	let out = inferX;
	for (const layer of layers) {
		const start = now();
		out = layer.forward(out, false);
		add(times, `${layer.name} forward`, now() - start);
	}
}

function trainOnce(times: Times, i: number): void {
	let start = now();
	const { x, labels } = digitBatch(data.train, batchIndices(i, BATCH), 28, 28, buffers);
	add(times, 'batch of digits', now() - start);
	let out = x;
	for (const layer of layers) {
		start = now();
		out = layer.forward(out, true);
		add(times, `${layer.name} forward`, now() - start);
	}
	start = now();
	const grad = model.scratchGradient(out.shape);
	softmaxCrossEntropy(out.data, labels, BATCH, 10, grad.data);
	add(times, 'loss', now() - start);
	let g = grad;
	for (let l = layers.length - 1; l >= 0; l--) {
		const layer: Layer = layers[l];
		start = now();
		g = layer.backward(g, l > 0);
		add(times, `${layer.name} backward`, now() - start);
	}
	start = now();
	applyGradients(model, sgd);
	add(times, 'optimiser', now() - start);
}

function profile(
	what: string,
	run: (times: Times, i: number) => void,
	examples: number
): Record<string, number> {
	for (let i = 0; i < 20; i++) run(new Map(), i);
	const times: Times = new Map();
	let steps = 0;
	const started = now();
	while (now() - started < SECONDS * 1000) run(times, steps++);
	const wall = now() - started;
	const total = [...times.values()].reduce((a, b) => a + b, 0);
	console.log(
		`\n${what}: ${((steps * examples) / (wall / 1000)).toFixed(0)} ex/s, ${(wall / steps).toFixed(2)} ms per batch of ${examples} (${(((wall - total) / wall) * 100).toFixed(1)} % outside the layers)`
	);
	console.log('| part | ms per batch | share |');
	console.log('|---|---:|---:|');
	const line: Record<string, number> = {};
	for (const [key, ms] of [...times].sort((a, b) => b[1] - a[1])) {
		console.log(`| ${key} | ${(ms / steps).toFixed(3)} | ${((ms / total) * 100).toFixed(1)} % |`);
		line[key] = Number((ms / steps).toFixed(3));
	}
	return line;
}

const infer = profile(`inference, batch ${INFER_BATCH}`, inferOnce, INFER_BATCH);
const train = profile(`training step, batch ${BATCH}`, trainOnce, BATCH);
console.log(
	JSON.stringify({
		profile: process.env.PROFILE_JS ? 'js' : 'wasm-simd',
		infer_ms: infer,
		train_ms: train
	})
);
