/**
 * KaTeX for the few formulas that change with a slider. KaTeX is loaded on first use, not with the
 * page, so a lesson ships its JavaScript budget to its figures, not to a maths renderer the reader
 * may never need (formulas written in the lessons are rendered at build time and need none of this).
 * `renderTex` is reactive: a `$derived` that calls it renders again once KaTeX has arrived.
 */
import { texNumbers } from './format';

type Katex = typeof import('katex').default;

const loaded = $state<{ katex: Katex | null }>({ katex: null });
let loading: Promise<void> | null = null;

function load(): void {
	loading ??= import('katex').then((module) => {
		loaded.katex = module.default;
	});
}

/**
 * HTML for a formula (with MathML for screen readers); '' until KaTeX has loaded. Numbers written by
 * format.ts read right in the page's language (`0{,}5` in French, see `texNumbers`).
 */
export function renderTex(
	tex: string,
	options: { displayMode?: boolean; throwOnError?: boolean } = {}
): string {
	const katex = loaded.katex;
	if (!katex) {
		if (typeof window !== 'undefined') load();
		return '';
	}
	return katex.renderToString(texNumbers(tex), {
		displayMode: true,
		...options,
		throwOnError: false
	});
}
