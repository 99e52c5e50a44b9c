/**
 * The two pictures lesson 2 filters: the CC0 photograph of a cat and the robot of lesson 1. The photo
 * is fetched once in the browser; until it arrives (or if it cannot), `tensor` is null and `error` says why.
 */
import { asset } from '$app/paths';
import { robotTensor } from '$lib/data/robot';
import type { Tensor } from '$lib/engine/tensor';
import { loadPhoto } from './display';

export type PictureName = 'photo' | 'robot';
export const PICTURES: readonly PictureName[] = ['photo', 'robot'];

export const PICTURE_NAMES: Record<PictureName, string> = {
	photo: 'Photo of a cat',
	robot: 'The robot'
};

export const PHOTO_CREDIT =
	'Photo: “Chelsea the cat” by Stefan van der Walt, CC0 (scikit-image sample data), shrunk to 120 × 80 pixels.';

export class Pictures {
	photo: Tensor | null = $state.raw(null);
	error = $state('');
	readonly robot = robotTensor(3);

	/** Starts loading the photo; call from onMount (never during prerendering). */
	load(): void {
		loadPhoto(asset('/images/chelsea-120x80.png'))
			.then((tensor) => (this.photo = tensor))
			.catch((error: unknown) => {
				this.error = `The photo could not be loaded (${error instanceof Error ? error.message : String(error)}); the robot is used instead.`;
			});
	}

	/** The picture's tensor, or null while the photo is on its way. */
	get(name: PictureName): Tensor | null {
		if (name === 'robot') return this.robot;
		return this.photo ?? (this.error ? this.robot : null);
	}

	describe(name: PictureName, tensor: Tensor): string {
		const [, channels, height, width] = tensor.shape;
		const what = name === 'photo' && this.photo ? 'the photo of a cat' : 'the robot';
		return `${what} (${width} × ${height} pixels, ${channels} channels)`;
	}
}
