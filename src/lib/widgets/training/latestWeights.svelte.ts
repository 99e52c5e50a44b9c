/**
 * Lesson 12 keeps the latest weights in the browser by itself whenever training pauses, for lesson 13
 * and the next visit, under their own key so that a model the reader saved on purpose is never
 * overwritten; after a reload it offers to go on from them.
 */
import { m } from '$lib/paraglide/messages';
import { examplesSeenIn, LATEST_KEY } from '$lib/figure/training.svelte';
import type { RunState } from '$lib/workers/protocol';
import type { ModelProblem } from '$lib/engine/serialize';
import { modelProblemText } from './words';

/** What it needs from the training session. */
export interface PausingNetwork {
	state: RunState;
	examples: number;
	loaded: object | null;
	save(): Promise<string>;
	load(text: string): Promise<{ ok: boolean; message: string; problem?: ModelProblem }>;
}

export class LatestWeights {
	/** The weights kept at the last pause of an earlier visit, while they can be offered. */
	#text = $state<string | null>(null);
	/** Why continuing failed, or ''. */
	problem = $state('');
	readonly #network: PausingNetwork;
	readonly #storage: () => Storage;
	#savedAt = -1;

	constructor(network: PausingNetwork, storage: () => Storage = () => localStorage) {
		this.#network = network;
		this.#storage = storage;
	}

	/** Whether to offer "Continue from the latest weights": some are kept and nothing is trained yet. */
	get offered(): boolean {
		return this.#text !== null && this.#network.examples === 0 && !this.#network.loaded;
	}

	/** How many examples the kept weights had seen, if their file says. */
	get examples(): number | null {
		return this.#text ? examplesSeenIn(this.#text) : null;
	}

	/** Reads what an earlier visit kept (once the page runs in a browser). */
	look(): void {
		this.#text = this.#storage().getItem(LATEST_KEY);
	}

	/**
	 * Keeps the weights if training has just paused (or stopped) on examples not kept yet. Called from
	 * an effect, it runs again whenever the state or the examples seen change.
	 */
	keep(): void {
		const network = this.#network;
		if (network.state !== 'paused' && network.state !== 'diverged') return;
		// A network just loaded is not new training: the latest weights stay those of training.
		if (network.loaded) return;
		const examples = network.examples;
		if (examples === 0 || examples === this.#savedAt) return;
		this.#savedAt = examples;
		network
			.save()
			.then((text) => this.#storage().setItem(LATEST_KEY, text))
			.catch(() => {
				// Storage full or refused: the Save figure reports it when the reader asks.
			});
	}

	/** Loads the kept weights; if they cannot be used, says so and the current network stays. */
	async continue(): Promise<void> {
		if (!this.#text) return;
		const result = await this.#network.load(this.#text);
		this.problem = result.ok
			? ''
			: m.training_latest_failed({
					reason: modelProblemText(result.problem, result.message)
				});
		this.#text = null;
	}
}
