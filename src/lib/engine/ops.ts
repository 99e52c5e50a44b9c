/**
 * The engine's readable ops, in one place: shape arithmetic (and its errors), convolution (ordinary,
 * grouped, dilated, transposed), pooling, activations, flattening, dense, softmax and loss,
 * initialisation and the gradient check. What only one lesson uses is in lessons/.
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
export * from './softmax';
