import { onDestroy, untrack } from 'svelte';
import { screenPresence, type ScreenPresence } from './presence';

/**
 * Play, pause and step through a sequence of positions (the windows of a convolution, the cells of a
 * flattening, the steps of backprop). Nothing plays until the reader presses Play, and steps are
 * discrete: a figure jumps from one position to the next, nothing slides or fades in between, so a
 * reader who asked their system for reduced motion sees exactly what everyone else sees (app.css
 * also cuts any CSS transition short for them).
 *
 * In a lesson (inside a `Lazy`) a playing Player sleeps while its figure is off screen and wakes
 * when it returns: `playing` stays true meanwhile, so the reader comes back to a running figure,
 * and one they paused stays paused.
 */
export class Player {
	/** Current position, 0 to count - 1. */
	position = $state(0);
	count = $state(1);
	playing = $state(false);
	/** Milliseconds per step while playing. */
	interval = $state(700);
	/** Go back to the start after the end while playing. */
	loop = $state(false);

	#timer: ReturnType<typeof setInterval> | null = null;
	/** False while the figure is scrolled away: the timer sleeps, `playing` keeps the reader's wish. */
	#onScreen = true;
	#stopWatching: (() => void) | null = null;

	/**
	 * `presence` defaults to that of the figure being created (given by `Lazy`), so construct the
	 * Player during the component's initialisation; without one it always counts as on screen.
	 */
	constructor(
		count: number,
		options: { position?: number; interval?: number; presence?: ScreenPresence | null } = {}
	) {
		this.count = Math.max(1, count);
		this.position = Math.min(Math.max(0, options.position ?? 0), this.count - 1);
		this.interval = options.interval ?? this.interval;
		const presence = options.presence === undefined ? screenPresence() : options.presence;
		this.#stopWatching =
			presence?.watch((onScreen) => {
				this.#onScreen = onScreen;
				if (onScreen && this.playing) this.#schedule();
				else this.#stopTimer();
			}) ?? null;
	}

	/** Changes the number of positions (new settings), keeping the position when it still exists. */
	setCount(count: number): void {
		this.count = Math.max(1, count);
		if (this.position >= this.count) this.position = this.count - 1;
	}

	seek(position: number): void {
		this.position = Math.min(Math.max(0, Math.round(position)), this.count - 1);
	}

	next(): void {
		if (this.position < this.count - 1) this.position += 1;
		else if (this.playing && this.loop) this.position = 0;
		else this.pause();
	}

	previous(): void {
		if (this.position > 0) this.position -= 1;
	}

	first(): void {
		this.position = 0;
	}

	last(): void {
		this.position = this.count - 1;
	}

	play(): void {
		if (this.playing) return;
		if (this.position >= this.count - 1) this.position = 0;
		this.playing = true;
		this.#schedule();
	}

	pause(): void {
		this.playing = false;
		this.#stopTimer();
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	setInterval(milliseconds: number): void {
		this.interval = milliseconds;
		if (this.playing) this.#schedule();
	}

	/** The keys a projector remote or a keyboard sends: arrows step, space plays, Home/End jump. */
	handleKey(event: KeyboardEvent): boolean {
		switch (event.key) {
			case 'ArrowRight':
			case 'ArrowDown':
			case 'PageDown':
				this.pause();
				this.next();
				break;
			case 'ArrowLeft':
			case 'ArrowUp':
			case 'PageUp':
				this.pause();
				this.previous();
				break;
			case ' ':
			case 'k':
				this.toggle();
				break;
			case 'Home':
				this.pause();
				this.first();
				break;
			case 'End':
				this.pause();
				this.last();
				break;
			default:
				return false;
		}
		event.preventDefault();
		return true;
	}

	/** Stops the timer and stops watching the screen; call from the component's teardown. */
	destroy(): void {
		this.pause();
		this.#stopWatching?.();
		this.#stopWatching = null;
	}

	/** (Re)starts the timer, unless the figure is off screen: it starts when the figure returns. */
	#schedule(): void {
		this.#stopTimer();
		if (this.#onScreen) this.#timer = setInterval(() => this.next(), this.interval);
	}

	#stopTimer(): void {
		if (this.#timer !== null) clearInterval(this.#timer);
		this.#timer = null;
	}
}

/**
 * The Player of a widget: call it during the component's initialisation. Its number of positions
 * follows `count` (a setting changes how many windows there are), and it stops with the component.
 * `const player = usePlayer(() => windows.length, { position: start.step - 1 });`
 */
export function usePlayer(
	count: () => number,
	options: { position?: number; interval?: number } = {}
): Player {
	const player = new Player(untrack(count), options);
	$effect(() => player.setCount(count()));
	onDestroy(() => player.destroy());
	return player;
}
