/**
 * The engine's public face: tensors, seeded randomness, the readable reference ops (with traces, for the
 * figures), and the fast training stack (layers, models, optimisers, saving, LeNet-5, the digits file,
 * and the architecture descriptions of lesson 9). The fast kernels are grouped under `kernels`.
 * `import { createLeNet5, createRandom, trainStep, SGD } from '$lib/engine'`
 */
export * from './tensor';
export * from './random';
export * from './ops';
export * from './layers';
export * from './model';
export * from './optim/sgd';
export * from './optim/adam';
export * from './serialize';
export * from './lenet';
export * from './data/mnist';
export * as kernels from './kernels';
export * from './architectures';
