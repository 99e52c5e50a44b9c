/**
 * Fast kernels: what training runs on.
 *
 * The readable reference ops (`conv.ts`, `pool.ts`, ...) say what a convolution *is*; these say the same
 * thing quickly. They work on flat Float32Arrays with offsets, allocate nothing, and write into buffers the
 * caller owns (each layer preallocates its own and reuses them batch after batch). Tests hold every kernel
 * equal to the reference ops on random configurations.
 *
 * One family per file: geometry, the matrix product (gemm), window rows (im2row), convolution, dense,
 * pooling, activations, the loss. Convolution is lowered to a matrix product: every window of the input becomes one row of a matrix
 * ("im2row"), and each output value is the dot product of a window row with a filter row. The product is
 * blocked 4 x 2 so each value loaded from memory serves several multiply-adds. Backward passes skip the zero
 * gradients that ReLU and max pooling leave behind, which is most of them. The WebAssembly kernels build
 * no window rows for a stride-1 convolution: their matrix products read the padded input itself, one run
 * per kernel tap (wasm/conv.ts, assembly/direct.ts).
 */
export * from './geometry';
export * from './gemm';
export * from './im2row';
export * from './conv';
export * from './dense';
export * from './pool';
export * from './activation';
export * from './loss';
export { kernelBackend, loadFastKernels, simdSupported, useFastKernels } from './wasm/module';
export * from './update';
