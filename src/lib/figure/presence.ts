import { createContext } from 'svelte';

/**
 * Whether a lesson's figure is on the screen. `Lazy` gives each figure one (as a Svelte context) and
 * keeps it up to date as the reader scrolls; what runs by itself inside the figure, such as a playing
 * `Player`, watches it to sleep while the figure is away and wake when it comes back, so a figure
 * scrolled past does no work. Until told otherwise a figure counts as on screen.
 *
 * ```ts
 * const stop = presence.watch((onScreen) => (onScreen ? resume() : suspend()));
 * ```
 */
export class ScreenPresence {
	#onScreen = true;
	#listeners = new Set<(onScreen: boolean) => void>();

	get onScreen(): boolean {
		return this.#onScreen;
	}

	/** Tells every watcher when the figure leaves or enters the screen (Lazy's observer calls it). */
	set(onScreen: boolean): void {
		if (onScreen === this.#onScreen) return;
		this.#onScreen = onScreen;
		for (const listener of this.#listeners) listener(onScreen);
	}

	/** Calls `listener` now with the current state, then at every change; returns how to stop. */
	watch(listener: (onScreen: boolean) => void): () => void {
		this.#listeners.add(listener);
		listener(this.#onScreen);
		return () => this.#listeners.delete(listener);
	}
}

const [getPresence, setPresence, hasPresence] = createContext<ScreenPresence>();

/** Gives the components created below this one (the figure inside a Lazy) their presence. */
export function provideScreenPresence(presence: ScreenPresence): void {
	setPresence(presence);
}

/**
 * The presence of the figure being created, or null where there is none: a standalone widget page
 * (no Lazy: the figure is the page), or outside component initialisation (unit tests build a Player
 * by hand, and Svelte's context functions throw there).
 */
export function screenPresence(): ScreenPresence | null {
	try {
		return hasPresence() ? getPresence() : null;
	} catch (error) {
		if (error instanceof Error && error.message.includes('lifecycle_outside_component'))
			return null;
		throw error;
	}
}
