/** The plot container and its marks: `<Plot x={[0, 1]} y={[0, 1]} ...><Axis side="left" /><Line .../></Plot>`. */
export { default as Plot } from './Plot.svelte';
export { default as Axis } from './Axis.svelte';
export { default as Line } from './Line.svelte';
export { default as Point } from './Point.svelte';
export { default as Rule } from './Rule.svelte';
export { default as Heatmap } from './Heatmap.svelte';
export type { Datum, Margin, PlotContext } from './context';
export { default as Legend } from './Legend.svelte';
