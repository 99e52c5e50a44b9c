/** Flatten: images to feature rows for the dense layers, without copying. */
import { ShapeError } from '../shape';
import { type Shape, type Tensor, size } from '../tensor';
import { BaseLayer, type Layer } from './base';

/**
 * Flatten: [batch, c, h, w] -> [batch, c*h*w], row by row, channel after channel (the same order every
 * time, which is all the dense layer after it needs). No copy. `new Flatten()`
 */
export class Flatten extends BaseLayer implements Layer {
	readonly kind = 'flatten';
	constructor(name = 'flatten') {
		super(name);
	}
	outputShape(inputShape: Shape): Shape {
		return [size(inputShape)];
	}
	forward(x: Tensor, training: boolean): Tensor {
		if (x.shape.length < 1)
			throw new ShapeError(`flatten ${this.name} needs a batch axis, got a scalar`);
		const batch = x.shape[0];
		const output: Tensor = {
			shape: [batch, batch === 0 ? 0 : x.data.length / batch],
			data: x.data
		};
		return this.record(x, output, training);
	}
	backward(gradOutput: Tensor): Tensor {
		const { input } = this.requireForward(gradOutput);
		return { shape: input.shape, data: gradOutput.data };
	}
}
