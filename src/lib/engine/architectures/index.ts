/**
 * Lesson 9's architectures: the descriptions (description.ts), the catalogue of famous CNNs
 * (catalogue.ts) and their analysis (analysis.ts).
 * `import { analyseArchitecture, VGG16 } from '$lib/engine/architectures'`
 */
export * from './analysis';
export * from './catalogue';
export * from './description';
