import { afterEach, describe, expect, test } from 'vitest';
import { loadModel, ModelFormatError } from '$lib/engine/serialize';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { modelProblemText } from '$lib/widgets/training/words';

/** What a reader is told about a file that is not a model, in the page's language. */
function refusal(file: string): string {
	try {
		loadModel(file);
	} catch (error) {
		if (!(error instanceof ModelFormatError)) throw error;
		return modelProblemText(error.problem, error.message);
	}
	throw new Error('the file should be refused');
}

describe('a model file the engine refuses, as the figures say it', () => {
	afterEach(() => overwriteGetLocale(() => 'en'));
	test('in English', () => {
		expect(refusal('{"format":"keras","layers":[]}')).toBe(
			'the file\'s format is "keras", not "convolutif-model": this is not a convolutif model'
		);
		expect(refusal('{"format":')).toBe('the model file is not valid JSON');
	});
	test('in French, with no English left', () => {
		overwriteGetLocale(() => 'fr');
		expect(refusal('{"format":"keras","layers":[]}')).toBe(
			'le format du fichier est "keras", pas «\u00a0convolutif-model\u00a0»\u00a0: ce n\'est pas un modèle de convolutif'
		);
		expect(refusal('[1, 2]')).toBe('le fichier du modèle doit être un objet JSON');
		expect(
			refusal('{"format":"convolutif-model","version":1,"inputShape":[1,28,28],"layers":[]}')
		).toBe('le fichier est abîmé\u00a0: tronqué, ou modifié à la main');
	});
});
