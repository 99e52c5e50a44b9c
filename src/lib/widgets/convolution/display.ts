/**
 * Turning engine results into colours. Nothing here computes a convolution: these functions only say
 * how a number the engine returned is painted, and in words how it was painted.
 */
import { m } from '$lib/paraglide/messages';
import { schemeBlues, schemeGreens, schemeReds } from 'd3-scale-chromatic';
import { diverging, sampled, type Colour } from '$lib/charts/colour';
import { fromRGBA } from '$lib/engine/image';
import type { Tensor } from '$lib/engine/tensor';
import { plain } from '$lib/figure/format';

/** How values outside 0-255 (a filter's negative or large outputs) become colours. */
export type NegativeDisplay = 'absolute' | 'clamp' | 'centred';

export const NEGATIVE_DISPLAYS: readonly NegativeDisplay[] = ['absolute', 'clamp', 'centred'];

/** RGBA bytes of a [1, C, H, W] tensor (C = 1 or 3), painted with the chosen mapping. */
export function paint(image: Tensor, mode: NegativeDisplay): Uint8ClampedArray {
	const [, channels, height, width] = image.shape;
	const plane = width * height;
	const out = new Uint8ClampedArray(plane * 4);
	for (let i = 0; i < plane; i++) {
		for (let c = 0; c < 3; c++) {
			const value = image.data[(channels >= 3 ? c : 0) * plane + i];
			out[i * 4 + c] =
				mode === 'absolute' ? Math.abs(value) : mode === 'centred' ? 128 + value / 2 : value;
		}
		out[i * 4 + 3] = 255;
	}
	return out;
}

/**
 * Diverging colour for a signed number in a small grid (kernel weights, products): blue positive,
 * red negative, near white for 0 (the figures' one diverging scale, charts/colour.ts).
 */
export function signedFill(value: number, largest: number): Colour {
	return diverging(largest)(value);
}

/** Largest absolute value of a list (at least 1e-9, to divide by). */
export function largestMagnitude(values: Iterable<number>): number {
	let largest = 1e-9;
	for (const value of values) largest = Math.max(largest, Math.abs(value));
	return largest;
}

/** A number as the figures print it: whole numbers as they are, others with up to 3 decimals. */
export function formatNumber(value: number, digits = 3): string {
	if (Object.is(value, -0) || Math.abs(value) < 10 ** -(digits + 1)) return '0';
	return plain(Number.isInteger(value) ? value : Number(value.toFixed(digits)));
}

let photoPromise: Promise<Tensor> | null = null;

/**
 * The lesson's photograph (static/images/chelsea-120x80.png, CC0) as a [1, 3, 80, 120] tensor,
 * loaded once per page.
 */
export function loadPhoto(url: string): Promise<Tensor> {
	photoPromise ??= (async () => {
		const response = await fetch(url);
		if (!response.ok) throw new Error(m.convolution_photo_status({ status: response.status }));
		const bitmap = await createImageBitmap(await response.blob());
		const canvas = document.createElement('canvas');
		canvas.width = bitmap.width;
		canvas.height = bitmap.height;
		const context = canvas.getContext('2d', { willReadFrequently: true });
		if (!context) throw new Error(m.convolution_no_canvas());
		context.drawImage(bitmap, 0, 0);
		const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
		bitmap.close();
		return fromRGBA(data, canvas.width, canvas.height, 3);
	})();
	photoPromise.catch(() => (photoPromise = null));
	return photoPromise;
}

/**
 * RGBA bytes of one channel of a [1, C, H, W] tensor in grey, mid-grey = 0 and the largest magnitude
 * white (positive) or black (negative): how feature maps of unknown range are shown.
 */
export function paintScaled(map: Tensor, channel: number): Uint8ClampedArray {
	const [, , height, width] = map.shape;
	const plane = width * height;
	const values = map.data.subarray(channel * plane, (channel + 1) * plane);
	const largest = largestMagnitude(values);
	const out = new Uint8ClampedArray(plane * 4);
	for (let i = 0; i < plane; i++) {
		const grey = 128 + (127 * values[i]) / largest;
		out[i * 4] = out[i * 4 + 1] = out[i * 4 + 2] = grey;
		out[i * 4 + 3] = 255;
	}
	return out;
}

/**
 * RGBA bytes of a [F, 3, K, K] filter bank's filter `f` as a tiny colour picture (its R, G and B slices
 * stretched to 0-255 together): the usual way first-layer filters are shown.
 */
export function paintFilter(weights: Tensor, f: number): Uint8ClampedArray {
	const [, channels, kernel] = weights.shape;
	const plane = kernel * kernel;
	const values = weights.data.subarray(f * channels * plane, (f + 1) * channels * plane);
	let min = Infinity;
	let max = -Infinity;
	for (const v of values) {
		min = Math.min(min, v);
		max = Math.max(max, v);
	}
	const span = max - min || 1;
	const out = new Uint8ClampedArray(plane * 4);
	for (let i = 0; i < plane; i++) {
		for (let c = 0; c < 3; c++)
			out[i * 4 + c] = (255 * (values[(channels >= 3 ? c : 0) * plane + i] - min)) / span;
		out[i * 4 + 3] = 255;
	}
	return out;
}

/**
 * The text of one product cell: "input×weight" above "= product" while the kernel is small; from a
 * 4 × 4 kernel on, the cells are too narrow for both, so only the product is written (the input
 * window and the kernel, drawn beside, show its two factors).
 */
export function productLabel(
	cell: { value: number; weight: number; product: number },
	kernelSize: number
): string[] {
	if (kernelSize >= 4) return [formatNumber(cell.product)];
	return [
		`${formatNumber(cell.value)}×${formatNumber(cell.weight)}`,
		`= ${formatNumber(cell.product)}`
	];
}

/** The three channels of the RGB figures, each with its own colour scale for the input cells. */
export const RGB_CHANNELS: readonly {
	key: 'red' | 'green' | 'blue';
	/** "Red channel", in the page's language. */
	name: () => string;
	/** "Kernel slice for red". */
	slice: () => string;
	scale: (t: number) => Colour;
}[] = [
	{
		key: 'red',
		name: m.convolution_channel_red,
		slice: m.convolution_slice_red,
		scale: sampled(schemeReds)
	},
	{
		key: 'green',
		name: m.convolution_channel_green,
		slice: m.convolution_slice_green,
		scale: sampled(schemeGreens)
	},
	{
		key: 'blue',
		name: m.convolution_channel_blue,
		slice: m.convolution_slice_blue,
		scale: sampled(schemeBlues)
	}
];
