/**
 * Our 16x16 pixel-art robot, drawn as data: one character per pixel, looked up in a palette.
 * '.' is transparent (alpha 0), which is what a PNG's fourth channel is for.
 * Drawn for convolutif; same licence as the project.
 */
import { fromRGBA } from '$lib/engine/image';
import type { Tensor } from '$lib/engine/tensor';

const palette: Record<string, [number, number, number, number]> = {
	'.': [0, 0, 0, 0],
	k: [38, 42, 54, 255], // outline
	l: [196, 206, 222, 255], // light steel (face)
	s: [132, 146, 170, 255], // steel (body)
	w: [255, 255, 255, 255], // white eyes
	b: [30, 96, 220, 255], // blue pupils and belt
	r: [232, 30, 36, 255], // red antenna bulb and chest light
	y: [250, 196, 40, 255], // yellow mouth
	g: [40, 176, 90, 255] // green chest lights
};

export const ROBOT_ROWS = [
	'................',
	'.......rr.......',
	'.......kk.......',
	'..kkkkkkkkkkkk..',
	'..kllllllllllk..',
	'..klwwwllwwwlk..',
	'..klwbwllwbwlk..',
	'..kllllllllllk..',
	'..klllyyyylllk..',
	'..kkkkkkkkkkkk..',
	'k..kssssssssk..k',
	'kk.ksgsrrsgsk.kk',
	'.kkksssssssskkk.',
	'...kssbbbbssk...',
	'...kkkk..kkkk...',
	'..kkkkk..kkkkk..'
];

/** Interleaved RGBA bytes of the robot, 16 x 16. */
export function robotRGBA(): Uint8ClampedArray {
	const bytes = new Uint8ClampedArray(16 * 16 * 4);
	ROBOT_ROWS.forEach((row, y) => {
		[...row].forEach((symbol, x) => bytes.set(palette[symbol], (y * 16 + x) * 4));
	});
	return bytes;
}

/** The robot as the engine holds images: [1, channels, 16, 16], values 0-255. */
export function robotTensor(channels: 3 | 4 = 3): Tensor {
	return fromRGBA(robotRGBA(), 16, 16, channels);
}

/** Where to find pixels worth pointing at, [row, column]. */
export const ROBOT_LANDMARKS = {
	white: [5, 4],
	red: [1, 7],
	blue: [6, 5],
	transparent: [0, 0]
} as const;
