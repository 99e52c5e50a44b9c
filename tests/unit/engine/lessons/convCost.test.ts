import { describe, expect, it } from 'vitest';
import { conv2dTraced } from '../../../../src/lib/engine/conv';
import {
	depthwiseSeparableCost,
	dilatedCost,
	standardCost,
	transposedCost
} from '../../../../src/lib/engine/lessons/convCost';
import { convTranspose2d, convTranspose2dTraced } from '../../../../src/lib/engine/convTranspose';
import { zeros } from '../../../../src/lib/engine/tensor';

// Multiply-adds are checked against the engine's own traces: one trace cell is one multiply-add.
function tracedMultiplyAdds(
	input: number,
	inChannels: number,
	outChannels: number,
	kernel: number,
	options: { stride?: number; padding?: number; dilation?: number; groups?: number }
): number {
	const groups = options.groups ?? 1;
	const { trace } = conv2dTraced(
		zeros([1, inChannels, input, input]),
		zeros([outChannels, inChannels / groups, kernel, kernel]),
		null,
		options
	);
	return trace.steps.reduce((total, step) => total + step.cells.length, 0);
}

const configurations = [
	{ input: 5, inChannels: 1, outChannels: 1, kernel: 3, stride: 1, padding: 0 },
	{ input: 7, inChannels: 3, outChannels: 4, kernel: 3, stride: 2, padding: 1 },
	{ input: 8, inChannels: 2, outChannels: 5, kernel: 2, stride: 3, padding: 0 },
	{ input: 6, inChannels: 4, outChannels: 2, kernel: 5, stride: 1, padding: 2 }
];

describe('convolution costs', () => {
	it.each(configurations)(
		'x=[1,$inChannels,$input,$input] k=$kernel s=$stride p=$padding -> $outChannels: standard and dilated',
		(shape) => {
			const standard = standardCost(shape);
			expect(standard.parameters).toBe(
				shape.outChannels * shape.inChannels * shape.kernel ** 2 + shape.outChannels
			);
			expect(standard.multiplyAdds).toBe(
				tracedMultiplyAdds(shape.input, shape.inChannels, shape.outChannels, shape.kernel, shape)
			);
			const dilated = dilatedCost({ ...shape, input: shape.input + 4, dilation: 2 });
			expect(dilated.parameters).toBe(standard.parameters);
			expect(dilated.span).toBe(2 * shape.kernel - 1);
			expect(dilated.multiplyAdds).toBe(
				tracedMultiplyAdds(shape.input + 4, shape.inChannels, shape.outChannels, shape.kernel, {
					...shape,
					dilation: 2
				})
			);
		}
	);

	it.each(configurations)(
		'x=[1,$inChannels,$input,$input] k=$kernel s=$stride -> $outChannels: depthwise then pointwise',
		(shape) => {
			const separable = depthwiseSeparableCost(shape);
			const depthwise = tracedMultiplyAdds(
				shape.input,
				shape.inChannels,
				shape.inChannels,
				shape.kernel,
				{
					...shape,
					groups: shape.inChannels
				}
			);
			const output = standardCost(shape).output;
			const pointwise = tracedMultiplyAdds(output, shape.inChannels, shape.outChannels, 1, {});
			expect(separable.stages?.depthwise.multiplyAdds).toBe(depthwise);
			expect(separable.stages?.pointwise.multiplyAdds).toBe(pointwise);
			expect(separable.multiplyAdds).toBe(depthwise + pointwise);
			expect(separable.parameters).toBe(
				shape.inChannels * shape.kernel ** 2 +
					shape.inChannels +
					shape.inChannels * shape.outChannels +
					shape.outChannels
			);
			expect(separable.output).toBe(output);
		}
	);

	it.each([
		{ input: 2, inChannels: 1, outChannels: 1, kernel: 3, stride: 2, padding: 0 },
		{ input: 3, inChannels: 2, outChannels: 3, kernel: 3, stride: 2, padding: 1 },
		{ input: 4, inChannels: 1, outChannels: 2, kernel: 2, stride: 1, padding: 0 }
	])(
		'x=[1,$inChannels,$input,$input] k=$kernel s=$stride p=$padding: transposed, stamped or zero-inserted',
		(shape) => {
			const cost = transposedCost(shape);
			const input = zeros([1, shape.inChannels, shape.input, shape.input]);
			const weight = zeros([shape.inChannels, shape.outChannels, shape.kernel, shape.kernel]);
			const options = { stride: shape.stride, padding: shape.padding };
			expect(cost.output).toBe(convTranspose2d(input, weight, null, options).shape[2]);
			const { trace } = convTranspose2dTraced(input, weight, null, options);
			expect(cost.multiplyAddsAsConvolution).toBe(
				trace.steps.reduce((total, step) => total + step.cells.length, 0)
			);
			expect(cost.multiplyAdds).toBe(
				shape.input ** 2 * shape.inChannels * shape.outChannels * shape.kernel ** 2
			);
			expect(cost.multiplyAdds).toBeLessThanOrEqual(cost.multiplyAddsAsConvolution!);
		}
	);

	it('a stride that leaves nothing to convolve throws the engine message', () => {
		expect(() => standardCost({ input: 2, inChannels: 1, outChannels: 1, kernel: 3 })).toThrow(
			/larger than the 2-wide input/
		);
	});
});
