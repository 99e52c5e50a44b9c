/**
 * The two pictures lesson 2 filters: the CC0 photograph of a cat and the robot of lesson 1. The photo
 * is fetched once in the browser; until it arrives (or if it cannot), `tensor` is null and `error` says why.
 */
import { m } from '$lib/paraglide/messages';
import { asset } from '$app/paths';
import { robotTensor } from '$lib/data/robot';
import type { Tensor } from '$lib/engine/tensor';
import { loadPhoto } from './display';

export type PictureName = 'photo' | 'robot';
export const PICTURES: readonly PictureName[] = ['photo', 'robot'];

/** A picture's name on its button. */
export const pictureName = (name: PictureName): string =>
	name === 'photo' ? m.convolution_picture_photo() : m.convolution_picture_robot();

/** The photo's source and licence, under each figure that shows it. */
export const photoCredit = (): string => m.convolution_photo_credit();

export class Pictures {
	photo: Tensor | null = $state.raw(null);
	error = $state('');
	readonly robot = robotTensor(3);

	/** Starts loading the photo; call from onMount (never during prerendering). */
	load(): void {
		loadPhoto(asset('/images/chelsea-120x80.png'))
			.then((tensor) => (this.photo = tensor))
			.catch((error: unknown) => {
				this.error = m.convolution_photo_failed({
					reason: error instanceof Error ? error.message : String(error)
				});
			});
	}

	/** The picture's tensor, or null while the photo is on its way. */
	get(name: PictureName): Tensor | null {
		if (name === 'robot') return this.robot;
		return this.photo ?? (this.error ? this.robot : null);
	}

	describe(name: PictureName, tensor: Tensor): string {
		const [, channels, height, width] = tensor.shape;
		const what =
			name === 'photo' && this.photo ? m.convolution_the_photo() : m.convolution_the_robot();
		return m.convolution_picture_described({ what, width, height, channels });
	}
}
