/**
 * The output-size formula O = (I - K + 2P) / S + 1 written with the figure's current numbers, for KaTeX.
 * The result it prints is the engine's (convFit); the substitution only shows where it comes from.
 */
import { renderTex } from '$lib/figure/liveMath.svelte';
import { effectiveKernel, type ConvFit } from '$lib/engine/shape';

export interface FormulaNumbers {
	input: number;
	kernel: number;
	stride: number;
	padding: number;
	/** > 1 uses the dilated span K̂ = K + (K - 1)(D - 1). */
	dilation?: number;
}

/** TeX of the formula with the numbers substituted; `fit` is the engine's verdict. */
export function outputSizeTex(numbers: FormulaNumbers, fit: ConvFit): string {
	const { input, kernel, stride, padding, dilation = 1 } = numbers;
	const span = effectiveKernel(kernel, dilation);
	const kernelSymbol = dilation > 1 ? '\\hat{K}' : 'K';
	const numerator = input - span + 2 * padding;
	const general = `O = \\frac{I - ${kernelSymbol} + 2P}{S} + 1`;
	const substituted = `\\frac{${input} - ${span} + 2 \\cdot ${padding}}{${stride}} + 1`;
	const division = fit.exact
		? `${numerator / stride} + 1`
		: `\\left\\lfloor \\tfrac{${numerator}}{${stride}} \\right\\rfloor + 1 = ${Math.floor(numerator / stride)} + 1`;
	const lines: string[] = [];
	if (dilation > 1) {
		lines.push(`\\hat{K} &= K + (K - 1)(D - 1)`);
		lines.push(`&= ${kernel} + (${kernel} - 1)(${dilation} - 1) = ${span}`);
	}
	lines.push(`${general.replace('O =', 'O &=')}`);
	lines.push(`&= ${substituted}`);
	lines.push(`&= ${division} = ${fit.output}`);
	return `\\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`;
}

/** The same formula as HTML (KaTeX, with MathML for screen readers). */
export function outputSizeHtml(numbers: FormulaNumbers, fit: ConvFit): string {
	return renderTex(outputSizeTex(numbers, fit));
}
