/**
 * The forward stages of the backprop figure (lesson 11): the input, then the tiny CNN layer by layer
 * to the loss, with the engine's numbers. Group names that are the same in both languages
 * ("Convolution", "ReLU", "Softmax") are written here; the rest are messages.
 */
import { fixed as fmt, grouped } from '$lib/figure/format';
import { m } from '$lib/paraglide/messages';
import {
	exampleName,
	grid,
	list,
	stepFacts,
	windowCells,
	type Stage,
	type StepResults
} from './stageParts';

/** The forward pass of one training step, in order. */
export function forwardStages(results: StepResults): Stage[] {
	const { example, seed, params, forward, selectedWindow, onselectWindow } = results;
	const { label, className, p, s, winners, input, kernel, z } = stepFacts(results);
	const convStep = forward.convTrace.steps[selectedWindow.row * 4 + selectedWindow.column];
	const products = convStep.cells.map((c) => c.product);
	const probabilities = grid(
		m.learning_probabilities_caption(),
		m.learning_probabilities_name(),
		[1, 2],
		p
	);
	const scores = grid(m.learning_scores_caption(), m.learning_scores_name(), [1, 2], s);
	return [
		{
			phase: 'forward',
			group: m.learning_input_group(),
			title: m.learning_input_title(),
			text: m.learning_input_text({
				example: exampleName(example),
				label,
				className,
				bias: fmt(params.bias.data[0]),
				denseBiases: list(params.denseBias.data),
				seed: grouped(seed)
			}),
			panels: [
				input,
				kernel,
				grid(
					m.learning_dense_weights_caption(),
					m.learning_dense_weights_name(),
					[2, 4],
					params.weight.data,
					{ testid: 'dense-weights' }
				)
			]
		},
		{
			phase: 'forward',
			group: 'Convolution',
			title: m.learning_conv_title(),
			text: m.learning_conv_text({
				row: selectedWindow.row + 1,
				column: selectedWindow.column + 1,
				products: list(products),
				sum: fmt(convStep.sum),
				bias: fmt(convStep.bias),
				z: fmt(convStep.output)
			}),
			panels: [
				{ ...input, highlight: windowCells(selectedWindow.row, selectedWindow.column) },
				kernel,
				grid(m.learning_products_caption(), m.learning_products_name(), [3, 3], products, {
					testid: 'products'
				}),
				grid(
					m.learning_conv_pick_caption(),
					m.learning_conv_pick_name(),
					[4, 4],
					forward.conv.data,
					{ selected: selectedWindow, onselect: onselectWindow, testid: 'conv' }
				)
			]
		},
		{
			phase: 'forward',
			group: 'ReLU',
			title: m.learning_relu_title(),
			text: m.learning_relu_text({
				count: Array.from(forward.conv.data).filter((v) => v <= 0).length
			}),
			panels: [
				z,
				grid('a = ReLU(z)', m.learning_activations_name(), [4, 4], forward.activated.data, {
					testid: 'activated'
				})
			]
		},
		{
			phase: 'forward',
			group: m.learning_pool_group(),
			title: m.learning_pool_title(),
			text: m.learning_pool_text({ values: list(forward.pooled.data) }),
			panels: [
				grid(
					m.learning_winners_caption(),
					m.learning_winners_name(),
					[4, 4],
					forward.activated.data,
					{ highlight: winners }
				),
				grid(m.learning_pooled_caption(), m.learning_pooled_name(), [2, 2], forward.pooled.data, {
					testid: 'pooled'
				})
			]
		},
		{
			phase: 'forward',
			group: m.learning_dense_group(),
			title: m.learning_dense_title(),
			text: m.learning_dense_text({
				values: list(forward.flat.data),
				vertical: fmt(s[0]),
				horizontal: fmt(s[1])
			}),
			panels: [
				grid(m.learning_flat_caption(), m.learning_flat_name(), [1, 4], forward.flat.data),
				grid('W (2 × 4)', m.learning_dense_weights_name(), [2, 4], params.weight.data),
				{ ...scores, testid: 'scores' }
			]
		},
		{
			phase: 'forward',
			group: 'Softmax',
			title: m.learning_softmax_title(),
			text: m.learning_softmax_text({ vertical: fmt(p[0], 3), horizontal: fmt(p[1], 3) }),
			panels: [scores, { ...probabilities, testid: 'probabilities' }]
		},
		{
			phase: 'forward',
			group: m.learning_loss_group(),
			title: m.learning_loss_title(),
			text: m.learning_loss_text({
				label,
				className,
				probability: fmt(p[label], 3),
				loss: fmt(forward.loss.loss, 3)
			}),
			panels: [{ ...probabilities, highlight: [{ row: 0, column: label }] }]
		}
	];
}
