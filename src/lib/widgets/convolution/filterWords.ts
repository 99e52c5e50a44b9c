/**
 * The classic filters and the ways of drawing negative values, named for the reader in the page's
 * language. The engine knows the presets by their id (`filterPreset('sobel')`); their English
 * `name` and `effect` there are for code and tests, and the figures read these instead.
 */
import { m } from '$lib/paraglide/messages';
import type { NegativeDisplay } from './display';

type Words = { name: () => string; effect: () => string };

const PRESET_WORDS: Record<string, Words> = {
	identity: { name: m.convolution_filter_identity, effect: m.convolution_filter_identity_effect },
	vertical: { name: m.convolution_filter_vertical, effect: m.convolution_filter_vertical_effect },
	horizontal: {
		name: m.convolution_filter_horizontal,
		effect: m.convolution_filter_horizontal_effect
	},
	diagonal: { name: m.convolution_filter_diagonal, effect: m.convolution_filter_diagonal_effect },
	sobel: { name: m.convolution_filter_sobel, effect: m.convolution_filter_sobel_effect },
	laplacian: {
		name: m.convolution_filter_laplacian,
		effect: m.convolution_filter_laplacian_effect
	},
	box: { name: m.convolution_filter_box, effect: m.convolution_filter_box_effect },
	gaussian: { name: m.convolution_filter_gaussian, effect: m.convolution_filter_gaussian_effect },
	sharpen: { name: m.convolution_filter_sharpen, effect: m.convolution_filter_sharpen_effect },
	emboss: { name: m.convolution_filter_emboss, effect: m.convolution_filter_emboss_effect },
	invert: { name: m.convolution_filter_invert, effect: m.convolution_filter_invert_effect }
};

/** A preset filter's name: `presetName('box')` is "Box blur" ("Flou moyenneur"). */
export const presetName = (id: string): string => PRESET_WORDS[id]?.name() ?? id;

/** What a preset filter does, in a few words. */
export const presetEffect = (id: string): string => PRESET_WORDS[id]?.effect() ?? '';

/** Each way of drawing negative values: its short name and the sentence under the picture. */
const NEGATIVE_DISPLAY_WORDS: Record<NegativeDisplay, { name: () => string; text: () => string }> =
	{
		absolute: {
			name: m.convolution_negatives_absolute,
			text: m.convolution_negatives_absolute_text
		},
		clamp: { name: m.convolution_negatives_clamp, text: m.convolution_negatives_clamp_text },
		centred: { name: m.convolution_negatives_centred, text: m.convolution_negatives_centred_text }
	};

/** The sentence under a filtered picture, saying how its values were mapped to greys. */
export const negativeDisplayText = (display: NegativeDisplay): string =>
	NEGATIVE_DISPLAY_WORDS[display].text();

/** A drawing's short name, for a drop-down. */
export const negativeDisplayName = (display: NegativeDisplay): string =>
	NEGATIVE_DISPLAY_WORDS[display].name();
