/**
 * What lesson 12's digit figure reads and what the network answers, apart from its markup: a test
 * digit picked by number or a drawing, and the network's inspection of it (probabilities and every
 * layer's output, computed by the training worker). Requests are queued so that dragging the test
 * digit slider or drawing a stroke never piles up work: one request is in flight at a time, and
 * when it returns only the newest one asked for is sent next; those in between are skipped.
 */
import { m } from '$lib/paraglide/messages';
import type { Inspection } from '$lib/engine/lessons/trainingRun';

/** What the reader needs from the training session. */
export interface DigitNetwork {
	testDigit(index: number): Promise<{ pixels: Uint8Array; digit: number }>;
	inspect(image: Float32Array): Promise<Inspection>;
}

export type DigitSource = { kind: 'drawing' } | { kind: 'test'; index: number; digit: number };

/** The number of test digits the figure offers (1 to TEST_DIGITS). */
export const TEST_DIGITS = 1000;

export class DigitReader {
	/** The 28 x 28 image the network reads, values in [0, 1]. */
	image: Float32Array | null = $state.raw(null);
	source: DigitSource | null = $state(null);
	inspection: Inspection | null = $state.raw(null);
	/** The test digit picked (1 to 1000), also when a drawing is shown. */
	digitIndex = $state(1);
	/** Why the last request failed, or ''. */
	problem = $state('');

	readonly #network: DigitNetwork;
	/** Called with a test digit's pixels, to show it on the drawing pad. */
	readonly #show: (image: Float32Array) => void;
	#fetching = false;
	#inspecting = false;
	#again = false;

	constructor(network: DigitNetwork, start: number, show: (image: Float32Array) => void) {
		this.#network = network;
		this.digitIndex = start;
		this.#show = show;
	}

	/** The answers, most probable first. */
	get ranked(): { digit: number; p: number }[] {
		const inspection = this.inspection;
		if (!inspection) return [];
		return Array.from(inspection.probabilities, (p, k) => ({
			digit: inspection.digits[k],
			p
		})).sort((a, b) => b.p - a.p);
	}

	/** Shows test digit `index` (clamped to 1 to 1000) and asks the network about it. */
	async pickTest(index: number): Promise<void> {
		this.digitIndex = Math.min(TEST_DIGITS, Math.max(1, Math.round(index)));
		this.problem = '';
		if (this.#fetching) return;
		this.#fetching = true;
		try {
			let asked = 0;
			while (asked !== this.digitIndex) {
				asked = this.digitIndex;
				const { pixels, digit } = await this.#network.testDigit(asked - 1);
				this.source = { kind: 'test', index: asked, digit };
				const values = Float32Array.from(pixels, (p) => p / 255);
				this.#show(values);
				void this.analyse(values);
			}
		} catch (error) {
			this.problem = m.training_digits_failed({ reason: (error as Error).message });
		} finally {
			this.#fetching = false;
		}
	}

	/** The reader's drawing, centred to 28 x 28. */
	readDrawing(image: Float32Array): void {
		this.source = { kind: 'drawing' };
		void this.analyse(image);
	}

	/** Asks the network about `next`; while a request runs, only the newest image waits. */
	async analyse(next: Float32Array): Promise<void> {
		this.image = next;
		if (this.#inspecting) {
			this.#again = true;
			return;
		}
		this.#inspecting = true;
		try {
			this.inspection = await this.#network.inspect(next);
		} catch (error) {
			this.problem = m.training_read_failed({ reason: (error as Error).message });
		}
		this.#inspecting = false;
		if (this.#again && this.image) {
			this.#again = false;
			void this.analyse(this.image);
		}
	}

	/** The network changed (it trained, or was loaded): the same image is read again. */
	refresh(): void {
		if (this.image) void this.analyse(this.image);
	}

	clear(): void {
		this.image = null;
		this.inspection = null;
		this.source = null;
	}
}
