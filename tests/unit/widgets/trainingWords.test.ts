import { describe, expect, it } from 'vitest';
import {
	accuracyText,
	lossText,
	trainedWords,
	trainingDescription
} from '../../../src/lib/widgets/training/words';

const fresh = { examples: 0, testAccuracy: null, loaded: null };
const settings = {
	state: 'paused' as const,
	seconds: 12.4,
	learningRate: 0.002,
	batchSize: 32,
	optimiser: 'adam' as const,
	seed: 3
};

describe('training words (lesson 12)', () => {
	it('no number yet reads as a dash, never NaN', () => {
		expect(lossText(undefined)).toBe('–');
		expect(lossText(NaN)).toBe('–');
		expect(lossText(0.12345)).toBe('0.123');
		expect(accuracyText(null)).toBe('–');
		expect(accuracyText(0.9712)).toBe('97.1 %');
	});

	it('says how trained the network is, or that it was loaded', () => {
		expect(trainedWords(fresh)).toBe(
			'The network has not been trained yet, so its answers are guesses.'
		);
		expect(trainedWords({ examples: 1500, testAccuracy: 0.912, loaded: null })).toBe(
			'The network has seen 1,500 training examples and scores 91.2 % on the test digits.'
		);
		expect(
			trainedWords({ examples: 0, testAccuracy: null, loaded: { examples: null, accuracy: null } })
		).toBe('The network is the one loaded (its file does not say how many examples it had seen).');
	});

	it('describes the run: state, progress, settings', () => {
		expect(trainingDescription({ ...fresh, ...settings, state: 'idle' }, undefined)).toBe(
			'Not training. No example seen yet. Learning rate 0.002, batch size 32, Adam, seed 3.'
		);
		const last = { examples: 3200, epoch: 0.4, trainLoss: 0.31, trainAccuracy: 0.9 };
		expect(
			trainingDescription({ ...settings, examples: 3200, testAccuracy: null, loaded: null }, last)
		).toBe(
			'Paused. 3,200 examples seen (0.40 epochs) in 12 s of training; training loss 0.310, training accuracy 90.0 %, test accuracy – on the held-out digits. Learning rate 0.002, batch size 32, Adam, seed 3.'
		);
		expect(
			trainingDescription(
				{
					...settings,
					optimiser: 'sgd',
					examples: 0,
					testAccuracy: null,
					loaded: { examples: null, accuracy: 0.95 }
				},
				undefined
			)
		).toContain(
			'A loaded network: examples seen not recorded in its file, test accuracy 95.0 % on the held-out digits. Learning rate 0.002, batch size 32, SGD with momentum'
		);
	});
});
