import { describe, expect, it } from 'vitest';
import {
	activate,
	activationBackward,
	applyActivation,
	type ActivationName
} from '../../../src/lib/engine/activation';
import { conv2d, conv2dBackward } from '../../../src/lib/engine/conv';
import {
	convTranspose2d,
	convTranspose2dBackward,
	transposedAsConvolution
} from '../../../src/lib/engine/convTranspose';
import { dense, denseBackward } from '../../../src/lib/engine/dense';
import {
	flatten,
	flattenOrder,
	shufflePermutation,
	unflatten,
	type FlattenOrder
} from '../../../src/lib/engine/flatten';
import { glorotUniform, heNormal } from '../../../src/lib/engine/init';
import { createRandom } from '../../../src/lib/engine/random';
import { gradientCheck } from '../../../src/lib/engine/gradcheck';
import { crossEntropyFromLogits, NonFiniteError } from '../../../src/lib/engine/loss';
import { pool2d, pool2dBackward, type PoolMode } from '../../../src/lib/engine/pool';
import {
	convFit,
	convOutputSize,
	effectiveKernel,
	poolOutputSize,
	samePadding,
	ShapeError,
	transposedOutputSize
} from '../../../src/lib/engine/shape';
import { zeros } from '../../../src/lib/engine/tensor';

/** Asserts that `run` throws a ShapeError whose message matches `pattern`. */
function expectShapeError(run: () => unknown, pattern: RegExp): void {
	let caught: unknown = null;
	try {
		run();
	} catch (error) {
		caught = error;
	}
	expect(caught).toBeInstanceOf(ShapeError);
	expect(caught).toBeInstanceOf(Error);
	expect((caught as ShapeError).name).toBe('ShapeError');
	expect((caught as ShapeError).message).toMatch(pattern);
}

describe('shape arithmetic: impossible configurations say what to change', () => {
	it.each([
		[
			'kernel larger than the input',
			() => convOutputSize({ input: 4, kernel: 5 }),
			/kernel 5, larger than the 4-wide input: use a kernel of at most 4, or padding 1/
		],
		[
			'kernel larger than the padded input',
			() => convOutputSize({ input: 2, kernel: 7, padding: 1 }),
			/larger than the 4-wide padded input: use a kernel of at most 4, or padding 3/
		],
		[
			'dilated kernel larger than the input',
			() => convOutputSize({ input: 4, kernel: 3, dilation: 2 }),
			/kernel 3 with dilation 2 spans 5.*use a kernel of at most 2 \(or dilation 1\), or padding 1/
		],
		[
			'stride 0',
			() => convOutputSize({ input: 4, kernel: 2, stride: 0 }),
			/stride 0 is not possible: stride must be a whole number >= 1/
		],
		[
			'stride 1.5',
			() => convOutputSize({ input: 4, kernel: 2, stride: 1.5 }),
			/stride 1.5 is not possible.*whole number/
		],
		[
			'negative padding',
			() => convOutputSize({ input: 4, kernel: 2, padding: -1 }),
			/padding -1 is not possible: padding must be a whole number >= 0/
		],
		[
			'dilation 0',
			() => convOutputSize({ input: 4, kernel: 2, dilation: 0 }),
			/dilation 0 is not possible: dilation must be a whole number >= 1.*dilation 1/
		],
		[
			'effectiveKernel with dilation 0.5',
			() => effectiveKernel(3, 0.5),
			/dilation 0.5 is not possible/
		],
		['kernel 0', () => convOutputSize({ input: 4, kernel: 0 }), /kernel 0 is not possible/],
		['empty input', () => convOutputSize({ input: 0, kernel: 1 }), /input size 0 is not possible/],
		[
			'same padding of an even kernel',
			() => samePadding(2),
			/spans 2, an even number.*use an odd kernel/
		],
		[
			'convFit of a kernel too large',
			() => convFit({ input: 3, kernel: 4 }),
			/kernel 4, larger than the 3-wide input/
		],
		[
			'output padding equal to the stride',
			() => transposedOutputSize({ input: 3, kernel: 3, stride: 2, outputPadding: 2 }),
			/output padding 2 must be smaller than stride 2: use output padding 1 at most/
		],
		[
			'output padding at stride 1',
			() => transposedOutputSize({ input: 3, kernel: 3, outputPadding: 1 }),
			/output padding 1 must be smaller than stride 1: use output padding 0 at most/
		],
		[
			'transposed padding cropping everything',
			() => transposedOutputSize({ input: 1, kernel: 1, padding: 1 }),
			/padding 1 crops the whole 1-wide transposed output: use padding at most 0/
		],
		[
			'pool window larger than the input (drop)',
			() => poolOutputSize({ input: 3, window: 4, edge: 'drop' }),
			/window 4 is larger than the 3-wide input: use a window of at most 3, or edge 'partial'/
		],
		[
			'pool stride 0',
			() => poolOutputSize({ input: 4, window: 2, stride: 0 }),
			/stride 0 is not possible/
		],
		['pool window 0', () => poolOutputSize({ input: 4, window: 0 }), /window 0 is not possible/]
	])('%s', (_label, run, pattern) => expectShapeError(run, pattern));
});

describe('conv2d: mismatched tensors say what to change', () => {
	const x = zeros([1, 4, 5, 5]);
	it.each([
		[
			'input of rank 3',
			() => conv2d(zeros([4, 5, 5]), zeros([2, 4, 3, 3]), null),
			/input has shape \[4, 5, 5\] \(3 axes\) but 4 axes \[batch, channels, height, width\] are needed/
		],
		[
			'weight of rank 2',
			() => conv2d(x, zeros([2, 4]), null),
			/weight has shape \[2, 4\].*\[filters, channels \/ groups, kernelHeight, kernelWidth\]/
		],
		[
			'weight channels differ from input channels',
			() => conv2d(x, zeros([2, 3, 3, 3]), null),
			/sees 3 channels per filter, but the input has 4 channels in 1 group: give the weight shape \[2, 4, 3, 3\]/
		],
		[
			'channels not divisible by groups',
			() => conv2d(x, zeros([3, 1, 3, 3]), null, { groups: 3 }),
			/4 input channels cannot be split into 3 groups: use a number of groups that divides 4/
		],
		[
			'filters not divisible by groups',
			() => conv2d(x, zeros([3, 2, 3, 3]), null, { groups: 2 }),
			/3 filters cannot be split into 2 groups/
		],
		[
			'groups 0',
			() => conv2d(x, zeros([3, 2, 3, 3]), null, { groups: 0 }),
			/groups 0 is not possible/
		],
		[
			'bias of the wrong length',
			() => conv2d(x, zeros([2, 4, 3, 3]), zeros([3])),
			/bias has shape \[3\] but \[2\] is needed here: give it shape \[2\]/
		],
		[
			'kernel larger than the padded input',
			() => conv2d(x, zeros([2, 4, 7, 7]), null, { padding: 0 }),
			/kernel 7, larger than the 5-wide input: use a kernel of at most 5, or padding 1/
		],
		[
			'stride 0',
			() => conv2d(x, zeros([2, 4, 3, 3]), null, { stride: 0 }),
			/stride 0 is not possible/
		],
		[
			'negative padding',
			() => conv2d(x, zeros([2, 4, 3, 3]), null, { padding: -2 }),
			/padding -2 is not possible/
		],
		[
			'dilation 0',
			() => conv2d(x, zeros([2, 4, 3, 3]), null, { dilation: 0 }),
			/dilation 0 is not possible/
		],
		[
			'gradOutput of the wrong shape',
			() => conv2dBackward(x, zeros([2, 4, 3, 3]), zeros([1, 2, 5, 5])),
			/gradOutput has shape \[1, 2, 5, 5\] but \[1, 2, 3, 3\] is needed/
		]
	])('%s', (_label, run, pattern) => expectShapeError(run, pattern));
});

describe('pool2d: invalid settings say what to change', () => {
	it.each([
		[
			'unknown mode',
			() => pool2d(zeros([1, 1, 4, 4]), { mode: 'median' as PoolMode, window: 2 }),
			/pooling mode 'median' is unknown: use 'max', 'mean' or 'sum'/
		],
		[
			'unknown edge',
			() => pool2d(zeros([1, 1, 4, 4]), { mode: 'max', window: 2, edge: 'wrap' as 'drop' }),
			/edge 'wrap' is unknown: use 'drop' or 'partial'/
		],
		[
			'input of rank 2',
			() => pool2d(zeros([4, 4]), { mode: 'max', window: 2 }),
			/input has shape \[4, 4\] \(2 axes\)/
		],
		[
			'window larger than the input',
			() => pool2d(zeros([1, 1, 3, 3]), { mode: 'max', window: 4 }),
			/window 4 is larger than the 3-wide input/
		],
		[
			'gradOutput of the wrong shape',
			() => pool2dBackward(zeros([1, 1, 4, 4]), zeros([1, 1, 3, 3]), { mode: 'mean', window: 2 }),
			/gradOutput has shape \[1, 1, 3, 3\] but \[1, 1, 2, 2\] is needed/
		],
		[
			'winners of another pooling',
			() =>
				pool2dBackward(
					zeros([1, 1, 4, 4]),
					zeros([1, 1, 2, 2]),
					{ mode: 'max', window: 2 },
					new Int32Array(9)
				),
			/winners has 9 entries but the pooling has 4 outputs/
		]
	])('%s', (_label, run, pattern) => expectShapeError(run, pattern));
});

describe('activations, loss and gradient check: invalid input', () => {
	it('an unknown activation names the known ones', () => {
		expectShapeError(
			() => activate('swish' as ActivationName, 1),
			/activation 'swish' is unknown: use one of 'relu', 'leakyRelu'/
		);
		expectShapeError(() => applyActivation('gelu' as ActivationName, zeros([2])), /unknown/);
	});
	it('activation backward with mismatched shapes', () => {
		expectShapeError(
			() => activationBackward('relu', zeros([2, 2]), zeros([2, 2]), zeros([4])),
			/gradOutput has shape \[4\] but the input has \[2, 2\]: pass tensors of the same shape/
		);
	});
	it('cross-entropy: logits of rank 4', () => {
		expectShapeError(
			() => crossEntropyFromLogits(zeros([1, 10, 1, 1]), [0]),
			/logits has shape \[1, 10, 1, 1\].*\[batch, classes\]/
		);
	});
	it('cross-entropy: wrong number of labels', () => {
		expectShapeError(
			() => crossEntropyFromLogits(zeros([2, 10]), [1]),
			/1 labels for logits of shape \[2, 10\]: give one label per example \(2\)/
		);
	});
	it.each([[10], [-1], [1.5], [NaN]])('cross-entropy: label %s is not a class', (label) => {
		expectShapeError(
			() => crossEntropyFromLogits(zeros([1, 10]), [label]),
			/is not a class: labels must be whole numbers from 0 to 9/
		);
	});
	it('cross-entropy: an empty batch', () => {
		expectShapeError(() => crossEntropyFromLogits(zeros([0, 10]), []), /hold no score/);
	});
	it('cross-entropy: NaN scores throw NonFiniteError, not a NaN loss', () => {
		const logits = zeros([1, 3]);
		logits.data[2] = NaN;
		expect(() => crossEntropyFromLogits(logits, [0])).toThrow(NonFiniteError);
		expect(() => crossEntropyFromLogits(logits, [0])).toThrow(/score 2 of example 0 is NaN/);
	});
	it('gradient check: a gradient of another length, a zero epsilon, an index outside', () => {
		const p = new Float32Array(3);
		expectShapeError(
			() => gradientCheck(() => 0, p, new Float32Array(2)),
			/the parameter has 3 entries but its gradient has 2/
		);
		expectShapeError(
			() => gradientCheck(() => 0, p, new Float32Array(3), { epsilon: 0 }),
			/epsilon 0 must be positive/
		);
		expectShapeError(
			() => gradientCheck(() => 0, p, new Float32Array(3), { indices: [3] }),
			/index 3 is outside the parameter \(0 to 2\)/
		);
	});
});

describe('transposed convolution, dense, flatten and init: invalid input', () => {
	const x = zeros([1, 2, 3, 3]);
	it.each([
		[
			'weight channels swapped',
			() => convTranspose2d(x, zeros([3, 2, 3, 3]), null),
			/expects 3 input channels but the input has 2: give the weight shape \[2, 2, 3, 3\] \(a transposed convolution's weight is \[inChannels, outChannels, kH, kW\]\)/
		],
		[
			'output padding >= stride',
			() => convTranspose2d(x, zeros([2, 1, 3, 3]), null, { stride: 2, outputPadding: 2 }),
			/output padding 2 must be smaller than stride 2/
		],
		[
			'stride 0',
			() => convTranspose2d(x, zeros([2, 1, 3, 3]), null, { stride: 0 }),
			/stride 0 is not possible/
		],
		[
			'bias of the wrong length',
			() => convTranspose2d(x, zeros([2, 1, 3, 3]), zeros([2])),
			/bias has shape \[2\] but \[1\] is needed/
		],
		[
			'gradOutput of the wrong shape',
			() => convTranspose2dBackward(x, zeros([2, 1, 3, 3]), zeros([1, 1, 3, 3])),
			/gradOutput has shape \[1, 1, 3, 3\] but \[1, 1, 5, 5\] is needed/
		],
		[
			'as a convolution, input of rank 2',
			() => transposedAsConvolution(zeros([3, 3]), zeros([2, 1, 3, 3])),
			/input has shape \[3, 3\] \(2 axes\)/
		],
		[
			'dense on feature maps',
			() => dense(zeros([1, 2, 3, 3]), zeros([4, 18]), null),
			/dense layer needs \[batch, features\]: flatten it first/
		],
		[
			'dense weight of the wrong width',
			() => dense(zeros([1, 18]), zeros([4, 16]), null),
			/weight \[4, 16\] expects 16 inputs but the input has 18 features: give the weight shape \[4, 18\]/
		],
		[
			'dense bias of the wrong length',
			() => dense(zeros([1, 18]), zeros([4, 18]), zeros([5])),
			/bias has shape \[5\] but \[4\] is needed/
		],
		[
			'dense gradOutput of the wrong shape',
			() => denseBackward(zeros([2, 18]), zeros([4, 18]), zeros([1, 4])),
			/gradOutput has shape \[1, 4\] but \[2, 4\] is needed/
		],
		[
			'flatten without a batch axis',
			() => flatten(zeros([2, 3, 3])),
			/flatten needs \[batch, channels, height, width\]: add the batch axis/
		],
		['flatten of rank 5', () => flattenOrder([1, 1, 1, 1, 1], 'row'), /cannot be flattened/],
		[
			'permutation of the wrong length',
			() => flatten(x, { permutation: new Int32Array(5) }),
			/the permutation has 5 entries but \[1, 2, 3, 3\] flattens to 18/
		],
		[
			'permutation with a repeat',
			() => flatten(zeros([1, 1, 1, 3]), { permutation: Int32Array.from([0, 0, 1]) }),
			/the permutation repeats 0: each of 0..2 must appear exactly once/
		],
		[
			'permutation out of range',
			() => flatten(zeros([1, 1, 1, 3]), { permutation: Int32Array.from([0, 1, 3]) }),
			/holds 3, outside 0..2/
		],
		[
			'unknown order',
			() => flatten(x, 'diagonal' as FlattenOrder),
			/order "diagonal" is unknown: use 'row', 'column' or \{ permutation \}/
		],
		[
			'unflatten of the wrong length',
			() => unflatten(zeros([1, 17]), [1, 2, 3, 3]),
			/vector has shape \[1, 17\] but \[1, 18\] is needed/
		],
		[
			'shufflePermutation of a negative length',
			() => shufflePermutation(-1, 0),
			/length -1 is not possible/
		],
		[
			'heNormal with fanIn 0',
			() => heNormal([2], 0, 1, createRandom(1)),
			/fanIn 0 is not possible/
		],
		[
			'glorotUniform with fanOut -1',
			() => glorotUniform([2], 1, -1, createRandom(1)),
			/fanOut -1 is not possible/
		]
	])('%s', (_label, run, pattern) => expectShapeError(run, pattern));
});
