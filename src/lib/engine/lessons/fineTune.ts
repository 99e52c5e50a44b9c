/**
 * Fine-tuning's set-up, shared by lesson 13's training worker and its experiment: a saved network
 * with a new last layer for new classes and some layers frozen.
 */
import { Dense } from '../layers';
import type { Sequential } from '../model';
import { createRandom } from '../random';
import { loadModel } from '../serialize';

/**
 * A saved model made ready for new classes: a new last dense layer (84 -> classes, from `seed`),
 * every other layer as saved, the named ones frozen.
 * `fineTuneModel(text, 5, 7, ['conv1', 'conv2'])`
 */
export function fineTuneModel(
	text: string,
	classes: number,
	seed: number,
	freeze: readonly string[]
): Sequential {
	const model = loadModel(text);
	model.replaceLayer(
		-1,
		new Dense({ inputs: 84, outputs: classes }, createRandom(seed), 'he', 'fc3')
	);
	model.unfreeze();
	if (freeze.length) model.freeze(...freeze);
	return model;
}
