/**
 * The backward stages of the backprop figure (lesson 11): the gradient from the scores back to the
 * kernel (window by window, as the engine's trace records it), then the update.
 */
import { fixed as fmt, plain } from '$lib/figure/format';
import { m } from '$lib/paraglide/messages';
import { grid, list, stepFacts, windowCells, type Stage, type StepResults } from './stageParts';

/** The backward pass of one training step, in order, then the update. */
export function backwardStages(results: StepResults): Stage[] {
	const { params, forward, backward, updated, after } = results;
	const rate = plain(Number(results.rate));
	const { label, p, winners, input, kernel, z, gradConv, gradPooled } = stepFacts(results);
	const windows = backward.kernelTrace.steps.length;
	const stages: Stage[] = [
		{
			phase: 'backward',
			group: m.learning_score_grad_group(),
			title: m.learning_score_grad_title(),
			text: m.learning_score_grad_text({ values: list(backward.gradScores.data) }),
			panels: [
				grid('p', m.learning_probabilities_plain_name(), [1, 2], p),
				grid('∂L/∂s', m.learning_grad_scores_name(), [1, 2], backward.gradScores.data, {
					testid: 'grad-scores'
				})
			]
		},
		{
			phase: 'backward',
			group: m.learning_dense_grad_group(),
			title: m.learning_dense_grad_title(),
			text: m.learning_dense_grad_text({
				bias: list(backward.gradDenseBias.data),
				pooled: list(backward.gradFlat.data)
			}),
			panels: [
				grid(
					'∂L/∂W (2 × 4)',
					m.learning_grad_dense_weights_name(),
					[2, 4],
					backward.gradWeight.data,
					{ testid: 'grad-dense-weights' }
				),
				grid(
					m.learning_grad_pooled_sized_caption(),
					m.learning_grad_pooled_name(),
					[2, 2],
					backward.gradPooled.data,
					{ testid: 'grad-pooled' }
				)
			]
		},
		{
			phase: 'backward',
			group: m.learning_pool_grad_group(),
			title: m.learning_pool_grad_title(),
			text: m.learning_pool_grad_text({
				values: list(Array.from(backward.gradActivated.data).filter((v) => v !== 0))
			}),
			panels: [
				gradPooled,
				grid(
					m.learning_grad_winners_caption(),
					m.learning_grad_winners_name(),
					[4, 4],
					backward.gradActivated.data,
					{ highlight: winners, testid: 'grad-activated' }
				)
			]
		},
		{
			phase: 'backward',
			group: m.learning_relu_grad_group(),
			title: m.learning_relu_grad_title(),
			text: m.learning_relu_grad_text({
				count: Array.from(backward.gradConv.data).filter((v) => v !== 0).length
			}),
			panels: [z, { ...gradConv, testid: 'grad-conv' }]
		},
		{
			phase: 'backward',
			group: m.learning_bias_grad_group(),
			title: m.learning_bias_grad_title(),
			text: m.learning_bias_grad_text({ value: fmt(backward.gradBias.data[0], 3) }),
			panels: [
				gradConv,
				grid('∂L/∂b', m.learning_bias_grad_name(), [1, 1], backward.gradBias.data, {
					testid: 'grad-bias'
				})
			]
		}
	];
	backward.kernelTrace.steps.forEach((step, k) => {
		const contribution = step.cells.map((c) => c.weightGradient);
		const gradient = fmt(step.gradOutput, 3);
		stages.push({
			phase: 'backward',
			group: m.learning_kernel_grad_group(),
			title: m.learning_kernel_grad_title({ window: k + 1, count: windows }),
			text: m.learning_kernel_grad_text({
				row: step.outY + 1,
				column: step.outX + 1,
				gradient,
				effect:
					step.gradOutput === 0
						? m.learning_kernel_grad_nothing()
						: m.learning_kernel_grad_adds({ gradient }),
				values: list(backward.kernelPartials[k])
			}),
			panels: [
				{ ...input, highlight: windowCells(step.outY, step.outX) },
				grid('∂L/∂z', m.learning_grad_conv_window_name(), [4, 4], backward.gradConv.data, {
					highlight: [{ row: step.outY, column: step.outX }]
				}),
				grid(
					m.learning_window_adds_caption(),
					m.learning_window_adds_name(),
					[3, 3],
					contribution,
					{ testid: 'kernel-contribution' }
				),
				grid(
					m.learning_kernel_so_far_caption(),
					m.learning_kernel_so_far_name(),
					[3, 3],
					backward.kernelPartials[k],
					{ testid: 'grad-kernel' }
				)
			]
		});
	});
	stages.push({
		phase: 'update',
		group: m.learning_phase_update(),
		title: m.learning_update_title({ rate }),
		text: m.learning_update_text({
			rate,
			bias: fmt(params.bias.data[0], 3),
			gradient: fmt(backward.gradBias.data[0], 3),
			updated: fmt(updated.bias.data[0], 3),
			lossBefore: fmt(forward.loss.loss, 3),
			lossAfter: fmt(after.loss.loss, 3),
			before: fmt(p[label], 3),
			after: fmt(after.loss.probabilities.data[label], 3)
		}),
		panels: [
			kernel,
			grid('∂L/∂K', m.learning_kernel_grad_name(), [3, 3], backward.gradKernel.data),
			grid(`K − ${rate} ∂L/∂K`, m.learning_kernel_after_name(), [3, 3], updated.kernel.data, {
				testid: 'kernel-after'
			}),
			grid(
				m.learning_weights_after_caption(),
				m.learning_weights_after_name(),
				[2, 4],
				updated.weight.data,
				{ testid: 'dense-weights-after' }
			)
		]
	});
	return stages;
}
