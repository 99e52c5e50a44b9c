/**
 * A message with some of its parameters in bold. A translated sentence puts its parameters where its
 * language wants them, so a figure cannot cut the sentence around a bold number itself: the message is
 * written with a mark in place of each bold parameter (characters of the private-use area, which no
 * message contains), then cut at the marks.
 */

/** A piece of a message: plain text, or a parameter to show in bold. */
export interface MessagePart {
	text: string;
	strong: boolean;
}

/**
 * Calls `message` with `values`, the parameters named in `strong` set apart as bold parts.
 * `emphasised(m.totals, { count: '12' }, ['count'])` is
 * `[{ text: '12', strong: true }, { text: ' parameters', strong: false }]`.
 */
export function emphasised<K extends string>(
	message: (inputs: Record<K, string>) => string,
	values: Record<K, string>,
	strong: readonly NoInfer<K>[]
): MessagePart[] {
	const marked = { ...values };
	strong.forEach((key, index) => {
		marked[key] = `\uE000${index}\uE001`;
	});
	const parts: MessagePart[] = [];
	message(marked)
		.split(/\uE000(\d+)\uE001/)
		.forEach((piece, index) => {
			// split() puts each mark's number at the odd places, the text between marks at the even ones.
			if (index % 2 === 1) parts.push({ text: values[strong[Number(piece)]], strong: true });
			else if (piece !== '') parts.push({ text: piece, strong: false });
		});
	return parts;
}
