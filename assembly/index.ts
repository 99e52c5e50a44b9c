// The WebAssembly kernels of the engine: one module, built by scripts/build-wasm.ts.
export { gemmNN, gemmNT } from './gemm';
export { im2col, col2im, addRowBias, addColumnBias, rowBiasGradient } from './window';
export { reluForward, reluBackward, maxPool2x2, maxPoolBackward } from './pointwise';
export { padPlanes, cropPlanes, narrowRows, widenRows } from './planes';
export { gemmTaps, gemmTapsNT, addAtTaps } from './direct';
export { allFinite, sgdUpdate } from './update';
