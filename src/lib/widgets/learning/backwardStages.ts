/**
 * The backward stages of the backprop figure (lesson 11): the gradient from the scores back to the
 * kernel (window by window, as the engine's trace records it), then the update.
 */
import { fixed as fmt } from '$lib/figure/format';
import { grid, list, stepFacts, windowCells, type Stage, type StepResults } from './stageParts';

/** The backward pass of one training step, in order, then the update. */
export function backwardStages(results: StepResults): Stage[] {
	const { rate, params, forward, backward, updated, after } = results;
	const { label, p, winners, input, kernel, z, gradConv, gradPooled } = stepFacts(results);
	const stages: Stage[] = [
		{
			phase: 'backward',
			group: 'Score gradient',
			title: 'Backward starts at the scores: ∂L/∂s = p − y',
			text: `y is 1 for the correct class and 0 for the other, so ∂L/∂s = (${list(backward.gradScores.data)}): raise the correct score, lower the other.`,
			panels: [
				grid('p', 'The probabilities', [1, 2], p),
				grid(
					'∂L/∂s',
					'The gradient of the loss with respect to the scores',
					[1, 2],
					backward.gradScores.data,
					{ testid: 'grad-scores' }
				)
			]
		},
		{
			phase: 'backward',
			group: 'Dense gradient',
			title: 'Through the dense layer',
			text: `∂L/∂W = ∂L/∂s × pooled (each weight's gradient is its score's gradient times its input); ∂L/∂c = ∂L/∂s = (${list(backward.gradDenseBias.data)}); ∂L/∂pooled = Wᵀ ∂L/∂s = (${list(backward.gradFlat.data)}).`,
			panels: [
				grid(
					'∂L/∂W (2 × 4)',
					'The gradient of the dense weights',
					[2, 4],
					backward.gradWeight.data,
					{ testid: 'grad-dense-weights' }
				),
				grid(
					'∂L/∂pooled (2 × 2)',
					'The gradient of the pooled values',
					[2, 2],
					backward.gradPooled.data,
					{ testid: 'grad-pooled' }
				)
			]
		},
		{
			phase: 'backward',
			group: 'Pooling gradient',
			title: 'Through max pooling: only the winners get a gradient',
			text: `Each pooled gradient goes back to the cell that won its window; the 12 other cells did not affect the output and get 0. Non-zero: ${list(Array.from(backward.gradActivated.data).filter((v) => v !== 0))}.`,
			panels: [
				gradPooled,
				grid(
					'∂L/∂a, winners outlined',
					'The gradient of the activations, non-zero at the winners only',
					[4, 4],
					backward.gradActivated.data,
					{ highlight: winners, testid: 'grad-activated' }
				)
			]
		},
		{
			phase: 'backward',
			group: 'ReLU gradient',
			title: 'Through ReLU: the gradient passes where z > 0',
			text: `Where z was negative, ReLU output a constant 0, so the gradient stops there. ∂L/∂z has ${Array.from(backward.gradConv.data).filter((v) => v !== 0).length} non-zero values.`,
			panels: [z, { ...gradConv, testid: 'grad-conv' }]
		},
		{
			phase: 'backward',
			group: 'Bias gradient',
			title: 'The bias gradient is a sum',
			text: `The bias b is added to all 16 outputs, so its gradient is the sum of the 16 values of ∂L/∂z: ∂L/∂b = ${fmt(backward.gradBias.data[0], 3)}.`,
			panels: [
				gradConv,
				grid('∂L/∂b', 'The bias gradient', [1, 1], backward.gradBias.data, { testid: 'grad-bias' })
			]
		}
	];
	backward.kernelTrace.steps.forEach((step, k) => {
		const contribution = step.cells.map((c) => c.weightGradient);
		stages.push({
			phase: 'backward',
			group: 'Kernel gradient',
			title: `Kernel gradient, window ${k + 1} of 16: the same sliding window`,
			text:
				`Window at row ${step.outY + 1}, column ${step.outX + 1}: ∂L/∂z there is ${fmt(step.gradOutput, 3)}. ` +
				(step.gradOutput === 0
					? 'It is 0, so this window adds nothing to ∂L/∂K. '
					: `Each input under the window, times ${fmt(step.gradOutput, 3)}, is added to ∂L/∂K. `) +
				`∂L/∂K so far: ${list(backward.kernelPartials[k])}.`,
			panels: [
				{ ...input, highlight: windowCells(step.outY, step.outX) },
				grid(
					'∂L/∂z',
					'The gradient of the convolution output, current window outlined',
					[4, 4],
					backward.gradConv.data,
					{
						highlight: [{ row: step.outY, column: step.outX }]
					}
				),
				grid(
					'This window adds',
					'What this window adds to the kernel gradient',
					[3, 3],
					contribution,
					{ testid: 'kernel-contribution' }
				),
				grid('∂L/∂K so far', 'The kernel gradient so far', [3, 3], backward.kernelPartials[k], {
					testid: 'grad-kernel'
				})
			]
		});
	});
	stages.push({
		phase: 'update',
		group: 'Update',
		title: `The update: every parameter moves by −${rate} × its gradient`,
		text: `K ← K − ${rate} ∂L/∂K, and likewise b: ${fmt(params.bias.data[0], 3)} − ${rate} × ${fmt(backward.gradBias.data[0], 3)} = ${fmt(updated.bias.data[0], 3)}, W and c. On the same example the loss goes from ${fmt(forward.loss.loss, 3)} to ${fmt(after.loss.loss, 3)}; the probability of the correct class from ${fmt(p[label], 3)} to ${fmt(after.loss.probabilities.data[label], 3)}.`,
		panels: [
			kernel,
			grid('∂L/∂K', 'The kernel gradient', [3, 3], backward.gradKernel.data),
			grid(`K − ${rate} ∂L/∂K`, 'The kernel after the update', [3, 3], updated.kernel.data, {
				testid: 'kernel-after'
			}),
			grid(
				'W after the update',
				'The dense weights after the update',
				[2, 4],
				updated.weight.data,
				{ testid: 'dense-weights-after' }
			)
		]
	});
	return stages;
}
