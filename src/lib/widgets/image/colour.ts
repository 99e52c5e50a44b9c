/** Plain words for a pixel's colour, so a screen reader can say what the eye sees. */
export function colourName(r: number, g: number, b: number, a = 255): string {
	if (a === 0) return 'fully transparent';
	const max = Math.max(r, g, b);
	const min = Math.min(r, g, b);
	let name: string;
	if (max - min < 24) {
		if (max > 235) name = 'white';
		else if (max < 30) name = 'black';
		else name = max > 140 ? 'light grey' : 'dark grey';
	} else if (r === max && g < r * 0.6 && b < r * 0.6) name = 'red';
	else if (g === max && r < g * 0.75 && b < g * 0.75) name = 'green';
	else if (b === max && r < b * 0.6 && g < b * 0.8) name = 'blue';
	else if (r > 180 && g > 140 && b < g * 0.5) name = 'yellow';
	else if (b === max && r < b * 0.9) name = 'bluish grey';
	else name = 'a mixed colour';
	return a < 255 ? `${name}, ${Math.round((a / 255) * 100)} % opaque` : name;
}
