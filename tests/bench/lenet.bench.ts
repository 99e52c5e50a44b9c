/**
 * LeNet-5 on the MNIST digits, batch 32, SGD lr 0.01 momentum 0.9, one thread: training and inference
 * examples per second for our engine, convnetjs and TensorFlow.js (cpu and wasm backends), in one run so
 * the machine's load is the same for all. For our engine, also one epoch (9,000 digits) and the test
 * accuracy after it. Prints a table, then one JSON line per engine.
 *
 * Run with `npm run bench`. Times are this process's CPU time (common.ts says why; BENCH_CLOCK=wall for
 * wall time). Each figure: a warm-up, then at least 3 s timed (BENCH_SECONDS to change), in
 * rounds of 1 s that alternate between the engines, so that a change in the machine's load (other
 * processes) weighs on all of them alike. Our engine runs in every round; each ratio compares it with the
 * rounds it shared with the other engine.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import * as tf from '@tensorflow/tfjs';
import { allDigits, digitBatch } from '../../src/lib/engine/data/mnist';
import { kernelBackend, loadFastKernels, useFastKernels } from '../../src/lib/engine/kernels';
import { createLeNet5 } from '../../src/lib/engine/lenet';
import { evaluate, trainStep } from '../../src/lib/engine/model';
import { SGD } from '../../src/lib/engine/optim/sgd';
import { createRandom } from '../../src/lib/engine/random';
import {
	BATCH,
	batchIndices,
	CLOCK,
	clock,
	contender,
	type Contender,
	data,
	INFER_BATCH,
	PIXELS,
	race,
	type Result,
	SECONDS
} from './common';
import { gemmCeiling, kernelFigures } from './kernels';
import {
	convnetjsContender,
	registerWasmBackpropFilter,
	tfjsContender,
	tfjsTrainingError
} from './peers';

const require = createRequire(import.meta.url);

/** Our engine, on the WebAssembly SIMD kernels (`fast`) or on its JavaScript fallback. */
function convolutifContender(fast = true): Contender {
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
		fast ? 'convolutif' : 'convolutif-js',
		(i) => {
			useFastKernels(fast);
			const { x, labels } = digitBatch(data.train, batchIndices(i, BATCH), 28, 28, buffers);
			trainStep(model, sgd, x, labels);
		},
		() => {
			useFastKernels(fast);
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
	const started = clock();
	for (let start = 0; start < epochOrder.length; start += BATCH) {
		const indices = epochOrder.slice(start, start + BATCH);
		const { x, labels } =
			indices.length === BATCH
				? digitBatch(data.train, indices, 28, 28, buffers)
				: digitBatch(data.train, indices);
		trainStep(fresh, sgd, x, labels);
	}
	const epoch = (clock() - started) / 1000;
	const test = allDigits(data.test);
	return { epoch_s: epoch, test_accuracy: evaluate(fresh, test.x, test.labels).accuracy };
}

async function main(): Promise<void> {
	if (!(await loadFastKernels())) process.stderr.write('bench: no WebAssembly SIMD here\n');
	const results: Result[] = [];
	/** Our figures in each phase, to compare each engine with the rounds it shared with ours. */
	const oursBeside = new Map<Result['engine'], Result>();
	const ourRounds: Result[] = [];

	// Phase 1: plain JavaScript engines and tfjs's cpu backend.
	process.stderr.write('bench: convolutif, convnetjs, tfjs-cpu...\n');
	await tf.setBackend('cpu');
	await tf.ready();
	const phase1 = [
		convolutifContender(),
		convolutifContender(false),
		convnetjsContender(),
		tfjsContender('tfjs-cpu')
	];
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
	useFastKernels(true);
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
		`\nLeNet-5, MNIST, batch ${BATCH} (inference batch ${INFER_BATCH}), SGD lr 0.01 momentum 0.9, one thread, ${SECONDS} s per figure, examples per second of ${CLOCK === 'cpu' ? 'CPU time (BENCH_CLOCK=wall for wall time)' : 'wall time'}`
	);
	console.log(
		'| engine | train ex/s | infer ex/s | ours / it, training (same rounds) | ours / it, inference (same rounds) | epoch (9,000) | test accuracy |'
	);
	console.log('|---|---:|---:|---:|---:|---:|---:|');
	const ratio = (ours: number | undefined, theirs: number | undefined) =>
		ours && theirs ? `${(ours / theirs).toFixed(2)}x (ours ${ours.toFixed(0)})` : '-';
	for (const r of results) {
		const ours = oursBeside.get(r.engine);
		console.log(
			`| ${r.engine} | ${r.failed && !r.train_ex_per_s ? 'failed' : fmt(r.train_ex_per_s)} | ${fmt(r.infer_ex_per_s)} | ${ratio(ours?.train_ex_per_s, r.train_ex_per_s)} | ${ratio(ours?.infer_ex_per_s, r.infer_ex_per_s)} | ${r.epoch_s ? r.epoch_s.toFixed(1) + ' s' : '-'} | ${r.test_accuracy !== undefined ? (r.test_accuracy * 100).toFixed(1) + ' %' : '-'} |`
		);
	}
	for (const r of results) {
		if (r.failed) console.log(`  ${r.engine}: ${r.reason}`);
		else if (r.note) console.log(`  ${r.engine}: ${r.note}`);
	}
	process.stderr.write('bench: kernels...\n');
	const ceiling = gemmCeiling();
	const kernels = kernelFigures();
	console.log(
		`\nKernels on LeNet-5's shapes, batch ${BATCH}, GFLOP/s (copies and window rows included); our kernels run on ${kernelBackend()}`
	);
	console.log('| kernel | WebAssembly SIMD | JavaScript |');
	console.log('|---|---:|---:|');
	console.log(
		`| ceiling: matrix product 128 x 128 x 128, in cache | ${ceiling.gflops_wasm.toFixed(1)} | ${ceiling.gflops_js.toFixed(1)} |`
	);
	for (const k of kernels) {
		console.log(`| ${k.kernel} | ${k.gflops_wasm.toFixed(1)} | ${k.gflops_js.toFixed(1)} |`);
	}
	console.log('');
	console.log(
		JSON.stringify({
			kernels: 'gflops',
			ceiling_wasm: Number(ceiling.gflops_wasm.toFixed(1)),
			ceiling_js: Number(ceiling.gflops_js.toFixed(1)),
			...Object.fromEntries(kernels.map((k) => [k.kernel, Number(k.gflops_wasm.toFixed(1))]))
		})
	);
	for (const r of results) {
		const line: Record<string, unknown> = { engine: r.engine, clock: CLOCK };
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
		if (ours?.infer_ex_per_s && r.infer_ex_per_s) {
			line.convolutif_infer_ratio = Number((ours.infer_ex_per_s / r.infer_ex_per_s).toFixed(2));
		}
		console.log(JSON.stringify(line));
	}
}

await main();
