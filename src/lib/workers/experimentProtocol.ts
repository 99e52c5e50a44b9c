/** Messages between lesson 13's experiment figure and its workers (experiment.ts). */
import type { Job } from '$lib/engine/lessons/sizeExperiment';

export type ToExperiment =
	| { type: 'setup'; dataUrl: string }
	/** Train the base network on the digits 0 to 4 (and keep it for the runs that follow). */
	| { type: 'base' }
	/** The base network the runs start from, trained by another worker. */
	| { type: 'use-base'; text: string }
	| { type: 'job'; job: Job };

export type FromExperiment =
	| { type: 'base'; text: string; accuracy: number }
	| { type: 'result'; job: Job; accuracy: number }
	| { type: 'failed'; message: string };
