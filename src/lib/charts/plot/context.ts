/**
 * The plot container's context: the d3 scales and the plotting area, given by `Plot` to the marks
 * drawn inside it (LayerCake's pattern). A mark reads the scales; it never computes its own.
 */
import type { ScaleContinuousNumeric } from 'd3-scale';
import { getContext, setContext } from 'svelte';

export type Scale = ScaleContinuousNumeric<number, number>;
export type ScaleKind = 'linear' | 'log';

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A point in data coordinates. */
export interface Datum {
	x: number;
	y: number;
}

export interface PlotContext {
	readonly x: Scale;
	readonly y: Scale;
	readonly xKind: ScaleKind;
	readonly yKind: ScaleKind;
	/** Size of the drawing in SVG user units (its viewBox). */
	readonly width: number;
	readonly height: number;
	readonly margin: Margin;
	/** Id of the clip path of the plotting area, for marks that must not draw over the axes. */
	readonly clipId: string;
}

const KEY = Symbol('plot');

/**
 * Gives the marks inside a plot its context, each property read through its own function when a mark
 * reads it: a mark that reads `plot.x` depends on the x scale alone, and sees it change.
 * `setPlot({ x: () => xScale, ... })`
 */
export function setPlot(readers: { [K in keyof PlotContext]: () => PlotContext[K] }): void {
	const context = {} as PlotContext;
	for (const key of Object.keys(readers) as (keyof PlotContext)[]) {
		Object.defineProperty(context, key, { get: readers[key], enumerable: true });
	}
	setContext(KEY, context);
}

/** The scales of the enclosing `Plot`; a mark outside one is a mistake, so it throws. */
export function usePlot(): PlotContext {
	const context = getContext<PlotContext | undefined>(KEY);
	if (!context) throw new Error('A plot mark must be placed inside <Plot>.');
	return context;
}
