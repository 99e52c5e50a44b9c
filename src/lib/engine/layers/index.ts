/**
 * Layers: the small contract every piece of a network keeps (forward, backward, parameters with their
 * gradients, freeze, serialise), built on the fast kernels of `kernels.ts`.
 *
 * Shapes are NCHW for images ([batch, channels, height, width]) and [batch, features] after Flatten.
 * `outputShape` takes and returns the shape of ONE example (no batch axis): [1, 28, 28] -> [6, 28, 28].
 *
 * Buffers: each layer owns its output and gradient buffers, allocated once per batch size and reused, so
 * a training loop allocates nothing. The tensor that `forward` (or `backward`) returns is therefore valid
 * until the next call of the same layer with the same batch size: copy it (`clone`) to keep it. A layer
 * keeps what forward saved for backward, and `inspect()` returns copies of what is worth showing
 * (pre-activations, pooling winners) for the feature-map figures.
 */
export * from './base';
export * from './conv';
export * from './pool';
export * from './activation';
export * from './flatten';
export * from './dense';
export * from './weighted';
