/**
 * A digit drawn by the reader, made to look like an MNIST digit before the network sees it: MNIST
 * digits were scaled to fit a 20 x 20 box and placed so that their centre of mass sits at the centre
 * of a 28 x 28 image. Doing the same to a drawing makes the network's answer depend on the shape,
 * not on where or how large it was drawn.
 */

/** Side of the images the network reads. */
export const DIGIT_SIDE = 28;
const BOX = 20;

/**
 * From ink values in [0, 1] (width x height, row by row) to a centred 28 x 28 digit in [0, 1].
 * A blank drawing gives a blank image. `centreDigit(alpha, 280, 280)`
 */
export function centreDigit(ink: ArrayLike<number>, width: number, height: number): Float32Array {
	if (ink.length !== width * height) {
		throw new RangeError(
			`${ink.length} values for a ${width} x ${height} drawing: give width x height`
		);
	}
	const out = new Float32Array(DIGIT_SIDE * DIGIT_SIDE);
	let top = height;
	let bottom = -1;
	let left = width;
	let right = -1;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			if (ink[y * width + x] > 0.05) {
				top = Math.min(top, y);
				bottom = Math.max(bottom, y);
				left = Math.min(left, x);
				right = Math.max(right, x);
			}
		}
	}
	if (bottom < 0) return out;
	const boxWidth = right - left + 1;
	const boxHeight = bottom - top + 1;
	const scale = BOX / Math.max(boxWidth, boxHeight);
	const w = Math.max(1, Math.round(boxWidth * scale));
	const h = Math.max(1, Math.round(boxHeight * scale));
	// Area-average resampling: each small pixel is the mean of the drawing pixels it covers.
	const small = new Float32Array(w * h);
	for (let sy = 0; sy < h; sy++) {
		const y0 = top + Math.floor((sy * boxHeight) / h);
		const y1 = Math.max(y0 + 1, top + Math.floor(((sy + 1) * boxHeight) / h));
		for (let sx = 0; sx < w; sx++) {
			const x0 = left + Math.floor((sx * boxWidth) / w);
			const x1 = Math.max(x0 + 1, left + Math.floor(((sx + 1) * boxWidth) / w));
			let sum = 0;
			for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) sum += ink[y * width + x];
			small[sy * w + sx] = Math.min(1, sum / ((y1 - y0) * (x1 - x0)));
		}
	}
	let mass = 0;
	let cy = 0;
	let cx = 0;
	for (let y = 0; y < h; y++) {
		for (let x = 0; x < w; x++) {
			const v = small[y * w + x];
			mass += v;
			cy += v * y;
			cx += v * x;
		}
	}
	const centre = DIGIT_SIDE / 2;
	const offsetY = Math.round(centre - (mass > 0 ? cy / mass + 0.5 : h / 2));
	const offsetX = Math.round(centre - (mass > 0 ? cx / mass + 0.5 : w / 2));
	const dy = Math.min(Math.max(offsetY, 0), DIGIT_SIDE - h);
	const dx = Math.min(Math.max(offsetX, 0), DIGIT_SIDE - w);
	for (let y = 0; y < h; y++) {
		for (let x = 0; x < w; x++) out[(y + dy) * DIGIT_SIDE + x + dx] = small[y * w + x];
	}
	return out;
}
