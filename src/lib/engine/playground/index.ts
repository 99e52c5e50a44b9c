/**
 * The engine side of lesson 14, "Build your own CNN" (issue 15): the reader designs a network for
 * 28 x 28 digits, sees every layer's numbers, trains it, and sees what it looks at.
 *
 * How the UI uses it (the engine returns facts, never sentences; the figures phrase them in English
 * and French):
 * 1. State: a `Design` ({ layers }), started from a copy of `DESIGN_PRESETS[id]` (`copyDesign`);
 *    the editor adds `newLayer(kind)`, and edits fields within `fieldsOf(kind)` (DESIGN_LIMITS).
 * 2. Table: `analyseDesign(design)` on every edit (cheap: arithmetic only, no layer is built). Each row
 *    has its engine name, input/output shapes, parameters, multiply-adds and `formula` (the numbers of
 *    O = (I - k̂ + 2P) / S + 1); `totals`; `problems` located at `layer`, with `fixes` the engine
 *    accepts and, for shapes, shape.ts's own English `engineMessage` as a reference. `firstBreak` is
 *    the row to mark; null values after it mean "unknown". Training is enabled when `trainable`.
 * 3. Budget: `designBudget(design)` before training; when `fits` is false, `over` says which limit
 *    (parameters, training bytes per example, multiply-adds per example) and by what ratio.
 * 4. Training: the worker builds `buildDesign(design, seed)` (a Sequential of the engine's layers; the
 *    LeNet-5 preset with seed s is createLeNet5(createRandom(s)) weight for weight) and passes it to
 *    `new TrainingRun(data, { ...settings, model })`, which trains, pauses, resets (rebuild with the same
 *    seed) and compares like lesson 12's.
 * 5. What it looks at: `saliency(model, image, class?)` and `occlusion(model, image, { patch, stride })`
 *    on any Sequential (LeNet-5 too), each with a `summary` (top pixels, box, centre, 3 x 3 region,
 *    share); feature maps come from TrainingRun.inspect.
 * 6. Link: `encodeDesign(design)` -> 'c6k5p2-r-m2-...'; `decodeDesign(text)` -> { ok, design } or
 *    { ok: false, problem } (never throws). The seed travels in its own URL setting.
 *
 * `import { analyseDesign, DESIGN_PRESETS } from '$lib/engine/playground'`
 */
export * from './design';
export * from './limits';
export * from './facts';
export * from './analysis';
export * from './build';
export * from './attribution';
export * from './url';
