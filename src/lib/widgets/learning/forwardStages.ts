/**
 * The forward stages of the backprop figure (lesson 11): the input, then the tiny CNN layer by layer
 * to the loss, with the engine's numbers.
 */
import { fixed as fmt } from '$lib/figure/format';
import { grid, list, stepFacts, windowCells, type Stage, type StepResults } from './stageParts';

/** The forward pass of one training step, in order. */
export function forwardStages(results: StepResults): Stage[] {
	const { example, seed, params, forward, selectedWindow, onselectWindow } = results;
	const { label, className, p, s, winners, input, kernel, z } = stepFacts(results);
	const convStep = forward.convTrace.steps[selectedWindow.row * 4 + selectedWindow.column];
	const products = convStep.cells.map((c) => c.product);
	return [
		{
			phase: 'forward',
			group: 'Input',
			title: 'The input and the 20 numbers the network will learn',
			text: `The example is a ${example.name}, of class ${label} (${className}). The network holds a 3 × 3 kernel K, a bias b = ${fmt(params.bias.data[0])}, a 2 × 4 dense weight W and two dense biases c = (${list(params.denseBias.data)}): 9 + 1 + 8 + 2 = 20 learnable numbers, drawn at random from seed ${seed}.`,
			panels: [
				input,
				kernel,
				grid('Dense weights W (2 × 4)', 'The dense weights, 2 by 4', [2, 4], params.weight.data, {
					testid: 'dense-weights'
				})
			]
		},
		{
			phase: 'forward',
			group: 'Convolution',
			title: 'Convolution: z = x ∗ K + b',
			text: `Each of the 16 outputs is the sum of 9 products under a window, plus the bias. Selected, row ${selectedWindow.row + 1}, column ${selectedWindow.column + 1}: ${list(products)} add up to ${fmt(convStep.sum)}, plus b = ${fmt(convStep.bias)} gives z = ${fmt(convStep.output)}.`,
			panels: [
				{ ...input, highlight: windowCells(selectedWindow.row, selectedWindow.column) },
				kernel,
				grid(
					'Products x · K in the window',
					'The 9 products of the selected window',
					[3, 3],
					products,
					{ testid: 'products' }
				),
				grid(
					'z (4 × 4), pick a cell',
					'The convolution output z, 4 by 4. Use the arrow keys to pick the window to explain.',
					[4, 4],
					forward.conv.data,
					{ selected: selectedWindow, onselect: onselectWindow, testid: 'conv' }
				)
			]
		},
		{
			phase: 'forward',
			group: 'ReLU',
			title: 'ReLU: a = max(0, z)',
			text: `Negative values of z become 0, the others pass unchanged. ${Array.from(forward.conv.data).filter((v) => v <= 0).length} of the 16 values are cut to 0.`,
			panels: [
				z,
				grid('a = ReLU(z)', 'The activations a, 4 by 4', [4, 4], forward.activated.data, {
					testid: 'activated'
				})
			]
		},
		{
			phase: 'forward',
			group: 'Max pooling',
			title: 'Max pooling, 2 × 2: keep the largest of each window',
			text: `The four windows keep ${list(forward.pooled.data)}. The winning cells are outlined: the network remembers where they were, because the gradient will come back through them only.`,
			panels: [
				grid(
					'a, winners outlined',
					'The activations, with the four winners outlined',
					[4, 4],
					forward.activated.data,
					{ highlight: winners }
				),
				grid('pooled (2 × 2)', 'The pooled values, 2 by 2', [2, 2], forward.pooled.data, {
					testid: 'pooled'
				})
			]
		},
		{
			phase: 'forward',
			group: 'Dense',
			title: 'Flatten, then dense: s = W · pooled + c',
			text: `The 4 pooled values in a row, (${list(forward.flat.data)}), are weighted by each row of W. Score of class 0 (vertical): ${fmt(s[0])}; score of class 1 (horizontal): ${fmt(s[1])}.`,
			panels: [
				grid('flattened (1 × 4)', 'The pooled values in a row', [1, 4], forward.flat.data),
				grid('W (2 × 4)', 'The dense weights, 2 by 4', [2, 4], params.weight.data),
				grid('scores s', 'The two scores', [1, 2], s, { testid: 'scores' })
			]
		},
		{
			phase: 'forward',
			group: 'Softmax',
			title: 'Softmax: scores become probabilities',
			text: `p = e^s / (e^s₀ + e^s₁): vertical ${fmt(p[0], 3)}, horizontal ${fmt(p[1], 3)}. They add up to 1.`,
			panels: [
				grid('scores s', 'The two scores', [1, 2], s),
				grid('probabilities p', 'The two probabilities', [1, 2], p, { testid: 'probabilities' })
			]
		},
		{
			phase: 'forward',
			group: 'Loss',
			title: 'Cross-entropy loss: L = −ln p(correct class)',
			text: `The correct class is ${label} (${className}), given probability ${fmt(p[label], 3)}, so the loss is L = −ln ${fmt(p[label], 3)} = ${fmt(forward.loss.loss, 3)}. A perfect answer would give 0.`,
			panels: [
				grid('probabilities p', 'The two probabilities', [1, 2], p, {
					highlight: [{ row: 0, column: label }]
				})
			]
		}
	];
}
