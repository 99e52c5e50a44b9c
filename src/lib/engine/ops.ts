/**
 * The engine's readable ops, in one place: shape arithmetic, convolution (ordinary, grouped, dilated,
 * transposed), pooling, activations, flattening, dense, loss, initialisation and the gradient check.
 */

export * from './activation';
export * from './conv';
export * from './convTranspose';
export * from './dense';
export * from './flatten';
export * from './gradcheck';
export * from './init';
export * from './loss';
export * from './pool';
export * from './shape';
