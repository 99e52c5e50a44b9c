/**
 * The training worker's facts (`RunStatus`) phrased in the page's language, for the training figures
 * of lessons 12, 13 and 14 (in the kit, since three topics show them).
 */
import { m } from '$lib/paraglide/messages';
import type { RunStatus } from '$lib/workers/protocol';
import type { Divergence } from '$lib/engine/lessons/trainingRun';
import { fixed, grouped } from './format';

/**
 * A large loss in words a reader can take in, never in e-notation: "80.6 billion", "12,345" (in
 * French "80,6 milliards", "12 345").
 * `readableLoss(80569417880) === '80.6 billion'`
 */
export function readableLoss(loss: number): string {
	if (!Number.isFinite(loss)) return m.training_loss_infinity();
	const units: [number, (inputs: { value: string }) => string][] = [
		[1e12, m.training_loss_trillion],
		[1e9, m.training_loss_billion],
		[1e6, m.training_loss_million]
	];
	for (const [unit, words] of units) {
		if (loss >= unit) return words({ value: tenths(loss / unit) });
	}
	return loss < 100 ? tenths(loss) : grouped(loss);
}

/** One decimal, dropped when it is 0; counts past a thousand are whole and grouped ("2,500,000"). */
function tenths(value: number): string {
	const rounded = Math.round(value * 10) / 10;
	if (rounded >= 1000 || Number.isInteger(rounded)) return grouped(rounded);
	return fixed(rounded, 1);
}

/** Why a run stopped by itself, and what to do. */
export function divergenceSentence(divergence: Divergence): string {
	return divergence.reason === 'exploded'
		? m.training_status_exploded({
				loss: readableLoss(divergence.loss),
				chance: fixed(divergence.chance, 1)
			})
		: m.training_status_not_finite();
}

/** The status line of a training figure: what the run is doing, or what happened to it. */
export function statusSentence(status: RunStatus): string {
	switch (status.what) {
		case 'not-started':
			return m.training_status_not_started();
		case 'downloading':
			return m.training_status_downloading({ digits: grouped(status.digits) });
		case 'digits-ready':
			return m.training_status_digits_ready();
		case 'training':
			return m.training_status_training();
		case 'paused':
			return m.training_status_paused();
		case 'done':
			return m.training_status_done({ examples: grouped(status.examples) });
		case 'reset':
			return status.stopped
				? m.training_status_reset_stopped({ seed: status.seed })
				: m.training_status_new_network({ seed: status.seed });
		case 'weights-loaded':
			return m.training_status_weights_loaded();
		case 'diverged':
			return divergenceSentence(status.divergence);
		case 'download-failed':
			return status.status === null
				? m.training_status_offline()
				: m.training_status_download_failed({ status: status.status });
		case 'failed':
			return m.training_status_failed({ detail: status.detail });
	}
}

/** Says how many Web Workers train and on which kernels, once training has started (else ''). */
export function engineSentence(session: {
	workers: number;
	kernels: 'wasm-simd' | 'js' | null;
}): string {
	if (session.workers === 0) return '';
	const kernels = session.kernels === 'wasm-simd' ? 'WebAssembly SIMD' : 'JavaScript';
	return session.workers === 1
		? m.training_engine_one({ kernels })
		: m.training_engine_many({ count: session.workers, kernels });
}
