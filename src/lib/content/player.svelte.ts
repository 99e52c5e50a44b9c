/**
 * Play, pause and step through a sequence of positions (the windows of a convolution, the cells of a
 * flattening, the steps of backprop). Steps are discrete: nothing tweens, so reduced motion only
 * changes the default speed, never what is shown.
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

	constructor(count: number, options: { position?: number; interval?: number } = {}) {
		this.count = Math.max(1, count);
		this.position = Math.min(Math.max(0, options.position ?? 0), this.count - 1);
		this.interval = options.interval ?? this.interval;
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
		if (this.#timer !== null) clearInterval(this.#timer);
		this.#timer = null;
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

	/** Stops the timer; call from the component's teardown. */
	destroy(): void {
		this.pause();
	}

	#schedule(): void {
		if (this.#timer !== null) clearInterval(this.#timer);
		this.#timer = setInterval(() => this.next(), this.interval);
	}
}

/** True when the reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
