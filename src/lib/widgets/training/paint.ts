/**
 * Drawing helpers for the training figures: images, filters and feature maps painted on a canvas.
 * Pure drawing, no arithmetic of the network: the numbers come from the worker.
 */
import { diverging, type Colour } from '$lib/charts/colour';

/** Sizes a canvas, only when its size changes: setting the size, even to the same value, throws
 * the canvas's pixels away and costs a new buffer at every repaint. */
function resize(canvas: HTMLCanvasElement, width: number, height: number): void {
	if (canvas.width !== width) canvas.width = width;
	if (canvas.height !== height) canvas.height = height;
}

/**
 * Paints `count` maps of height x width, laid out in `columns` columns with a 1-pixel gap, each map
 * on its own symmetric scale (diverging) or from 0 to its maximum (ink: black on white).
 */
export function paintMaps(
	canvas: HTMLCanvasElement,
	data: ArrayLike<number>,
	count: number,
	height: number,
	width: number,
	columns: number,
	mode: 'diverging' | 'ink'
): void {
	const rows = Math.ceil(count / columns);
	const fullWidth = columns * (width + 1) - 1;
	const fullHeight = rows * (height + 1) - 1;
	resize(canvas, fullWidth, fullHeight);
	const context = canvas.getContext('2d');
	if (!context) return;
	const image = context.createImageData(fullWidth, fullHeight);
	const size = height * width;
	// One colour scale for every map, on values divided by the map's own limit: the same colours as a
	// scale per map, without building a d3 scale for each of conv2's 96 filters at every repaint.
	const paint = diverging(1);
	for (let m = 0; m < count; m++) {
		let scale = 1e-6;
		for (let i = 0; i < size; i++) scale = Math.max(scale, Math.abs(data[m * size + i]));
		const top = Math.floor(m / columns) * (height + 1);
		const left = (m % columns) * (width + 1);
		for (let y = 0; y < height; y++) {
			for (let x = 0; x < width; x++) {
				const value = data[m * size + y * width + x];
				let colour: Colour;
				if (mode === 'ink') {
					const level = Math.round(255 * (1 - Math.max(0, value) / scale));
					colour = { r: level, g: level, b: level, opacity: 1 };
				} else {
					colour = paint(value / scale);
				}
				const at = ((top + y) * fullWidth + left + x) * 4;
				image.data[at] = colour.r;
				image.data[at + 1] = colour.g;
				image.data[at + 2] = colour.b;
				image.data[at + 3] = 255;
			}
		}
	}
	context.putImageData(image, 0, 0);
}

/** Paints a 28 x 28 digit (0-255 pixels or 0-1 values) as dark ink on white. */
export function paintDigit(canvas: HTMLCanvasElement, pixels: ArrayLike<number>, max = 255): void {
	resize(canvas, 28, 28);
	const context = canvas.getContext('2d');
	if (!context) return;
	const image = context.createImageData(28, 28);
	for (let i = 0; i < 784; i++) {
		const level = Math.round(255 * (1 - Math.min(1, pixels[i] / max)));
		image.data[i * 4] = image.data[i * 4 + 1] = image.data[i * 4 + 2] = level;
		image.data[i * 4 + 3] = 255;
	}
	context.putImageData(image, 0, 0);
}

/** A Svelte action that repaints a canvas whenever its argument changes. */
export function painted<T>(
	canvas: HTMLCanvasElement,
	args: { value: T; paint: (c: HTMLCanvasElement, v: T) => void }
) {
	args.paint(canvas, args.value);
	return {
		update(next: { value: T; paint: (c: HTMLCanvasElement, v: T) => void }) {
			next.paint(canvas, next.value);
		}
	};
}
