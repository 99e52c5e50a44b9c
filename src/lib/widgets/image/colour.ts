import { percent } from '$lib/figure/format';
import { m } from '$lib/paraglide/messages';
/** Plain words for a pixel's colour, so a screen reader can say what the eye sees. */
export function colourName(r: number, g: number, b: number, a = 255): string {
	if (a === 0) return m.image_colour_transparent();
	const max = Math.max(r, g, b);
	const min = Math.min(r, g, b);
	let name: string;
	if (max - min < 24) {
		if (max > 235) name = m.image_colour_white();
		else if (max < 30) name = m.image_colour_black();
		else name = max > 140 ? m.image_colour_light_grey() : m.image_colour_dark_grey();
	} else if (r === max && g < r * 0.6 && b < r * 0.6) name = m.image_colour_red();
	else if (g === max && r < g * 0.75 && b < g * 0.75) name = m.image_colour_green();
	else if (b === max && r < b * 0.6 && g < b * 0.8) name = m.image_colour_blue();
	else if (r > 180 && g > 140 && b < g * 0.5) name = m.image_colour_yellow();
	else if (b === max && r < b * 0.9) name = m.image_colour_bluish_grey();
	else name = m.image_colour_mixed();
	return a < 255 ? m.image_colour_opaque({ colour: name, percent: percent(a / 255, 0) }) : name;
}
