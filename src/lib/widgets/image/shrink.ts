/**
 * The reader's picture as a small tensor: the browser draws it shrunk on a canvas and reads the pixels
 * back (nothing leaves the device). Browser only: it needs a canvas.
 */
import { fromRGBA } from '$lib/engine/image';
import type { Tensor } from '$lib/engine/tensor';

/**
 * The bitmap shrunk so its longest side is `longest` pixels, as [1, C, H, W] with C = 4 when the
 * picture uses transparency and 3 otherwise. `shrink(bitmap, 24)`
 */
export function shrink(bitmap: ImageBitmap, longest: number): Tensor {
	const scale = longest / Math.max(bitmap.width, bitmap.height);
	const width = Math.max(1, Math.round(bitmap.width * scale));
	const height = Math.max(1, Math.round(bitmap.height * scale));
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) throw new Error('This browser cannot draw on a canvas, so it cannot read images.');
	context.imageSmoothingEnabled = true;
	context.imageSmoothingQuality = 'high';
	context.drawImage(bitmap, 0, 0, width, height);
	const { data } = context.getImageData(0, 0, width, height);
	let transparent = false;
	for (let i = 3; i < data.length; i += 4) {
		if (data[i] < 255) {
			transparent = true;
			break;
		}
	}
	// Keep the alpha channel only when the picture uses it (a PNG with transparency).
	return fromRGBA(data, width, height, transparent ? 4 : 3);
}
