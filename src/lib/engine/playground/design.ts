/**
 * A network the reader designs for 28 x 28 digits, as plain data: its layers, the presets the
 * playground starts from, a new layer's starting values and the engine's name for each layer.
 *
 * What the engine says about a design lives beside it: limits.ts (what the editor and the link
 * accept), facts.ts (the analysis's types: shapes, costs, problems located at a layer) and analysis.ts
 * (`analyseDesign`).
 */
import { DIGIT_SHAPE } from '../lenet';

/** One layer of a design. Pooling windows are square and never padded; a pooled edge is dropped. */
export type DesignLayer =
	| {
			kind: 'conv';
			/** Output channels (feature maps). */
			filters: number;
			kernel: number;
			stride: number;
			padding: number;
			dilation: number;
	  }
	| { kind: 'maxPool' | 'meanPool'; window: number; stride: number }
	| { kind: 'relu' | 'tanh' | 'flatten' }
	| { kind: 'leakyRelu'; slope: number }
	| { kind: 'dense'; units: number };

export type DesignLayerKind = DesignLayer['kind'];

/** A stack of layers for one [1, 28, 28] digit, first layer first. */
export interface Design {
	layers: DesignLayer[];
}

/** Shape of the input every design takes: one 28 x 28 digit. */
export const DESIGN_INPUT: readonly [number, number, number] = [...DIGIT_SHAPE];

/** Classes a digit network answers (its last layer: dense, 10 units). */
export const DIGIT_CLASSES = 10;

/**
 * A new layer of a kind with the editor's starting values. `newLayer('conv')` is 8 filters 3x3, padding 1.
 */
export function newLayer(kind: DesignLayerKind): DesignLayer {
	switch (kind) {
		case 'conv':
			return { kind, filters: 8, kernel: 3, stride: 1, padding: 1, dilation: 1 };
		case 'maxPool':
		case 'meanPool':
			return { kind, window: 2, stride: 2 };
		case 'leakyRelu':
			return { kind, slope: 0.01 };
		case 'dense':
			return { kind, units: 10 };
		default:
			return { kind };
	}
}

const conv = (
	filters: number,
	kernel: number,
	padding = 0,
	stride = 1,
	dilation = 1
): DesignLayer => ({
	kind: 'conv',
	filters,
	kernel,
	stride,
	padding,
	dilation
});
const maxPool = (window: number, stride = window): DesignLayer => ({
	kind: 'maxPool',
	window,
	stride
});
const relu: DesignLayer = { kind: 'relu' };
const flatten: DesignLayer = { kind: 'flatten' };
const dense = (units: number): DesignLayer => ({ kind: 'dense', units });

export type PresetId = 'lenet5' | 'tiny' | 'dense' | 'broken';

/**
 * The designs the playground starts from. LeNet-5 is lenet.ts's network layer for layer (61,706
 * parameters); 'tiny' two 3x3 convolutions (4,266 parameters); 'dense' no convolution at all; 'broken'
 * a third 5x5 convolution that meets a 4 x 4 input. `DESIGN_PRESETS.lenet5.layers.length === 12`
 */
export const DESIGN_PRESETS: Readonly<Record<PresetId, Design>> = {
	lenet5: {
		layers: [
			conv(6, 5, 2),
			relu,
			maxPool(2),
			conv(16, 5),
			relu,
			maxPool(2),
			flatten,
			dense(120),
			relu,
			dense(84),
			relu,
			dense(10)
		]
	},
	tiny: {
		layers: [conv(4, 3, 1), relu, maxPool(2), conv(8, 3, 1), relu, maxPool(2), flatten, dense(10)]
	},
	dense: { layers: [flatten, dense(64), relu, dense(10)] },
	broken: {
		layers: [
			conv(8, 5),
			relu,
			maxPool(2),
			conv(16, 5),
			relu,
			maxPool(2),
			conv(32, 5),
			relu,
			flatten,
			dense(10)
		]
	}
};

/** A copy of a design that shares nothing with it (the editor's state must not alias a preset). */
export function copyDesign(design: Design): Design {
	return { layers: design.layers.map((layer) => ({ ...layer })) };
}

/** Engine layer names, as lenet.ts names LeNet's: conv1, relu1, pool1, ..., flatten, fc1, ... */
export function layerNames(design: Design): string[] {
	const counts = new Map<string, number>();
	return design.layers.map((layer) => {
		const base =
			layer.kind === 'conv'
				? 'conv'
				: layer.kind === 'maxPool' || layer.kind === 'meanPool'
					? 'pool'
					: layer.kind === 'dense'
						? 'fc'
						: layer.kind === 'leakyRelu'
							? 'leakyrelu'
							: layer.kind;
		const n = (counts.get(base) ?? 0) + 1;
		counts.set(base, n);
		return base === 'flatten' && n === 1 ? 'flatten' : `${base}${n}`;
	});
}
