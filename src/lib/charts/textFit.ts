/**
 * How large the numbers written on grid cells can be without running into each other or under the
 * selection outline. Text is measured by its characters, with advance widths (in em) of DejaVu Sans,
 * the widest of the fonts the page asks for (system UI fonts elsewhere are narrower, so the text only
 * fits better there): measuring in the page would cost a layout read per grid.
 */
const WIDTHS: Record<string, number> = {
	'−': 0.84,
	'+': 0.84,
	'×': 0.84,
	'-': 0.37,
	'.': 0.32,
	',': 0.32,
	' ': 0.32,
	'(': 0.4,
	')': 0.4
};

/** Width of a line of text in em: `textWidth('−0.23')` is about 3.1. */
export function textWidth(text: string): number {
	let width = 0;
	for (const character of text) width += WIDTHS[character] ?? (/\d/.test(character) ? 0.64 : 0.72);
	return width;
}

/**
 * The one font size (in the grid's units) for every cell's text: as large as `largest`, but so the
 * widest line fits in `room` and the lines of the fullest cell fit in `height`.
 * Example: `fitFontSize([['−0.23'], ['0.4']], 7.2, 8.2, 3.6)` is 7.2 / (3.1 × 1.04), about 2.2.
 */
export function fitFontSize(
	cells: readonly (readonly string[])[],
	room: number,
	height: number,
	largest: number
): number {
	let widest = 0;
	let lines = 1;
	for (const cell of cells) {
		lines = Math.max(lines, cell.length);
		for (const line of cell) widest = Math.max(widest, textWidth(line));
	}
	// 1.05 em per line, as the lines are set; 4 % to spare for glyphs drawn a little off their
	// advance and for hinting at small sizes.
	return Math.min(largest, height / (lines * 1.05), widest > 0 ? room / (widest * 1.04) : largest);
}
