/**
 * How lesson 9 describes a CNN as data: a list of layers, with blocks (GoogLeNet's inception modules,
 * whose branches are concatenated along the channels, and ResNet's basic blocks, whose main path and
 * shortcut are summed), and where the architecture's parameter count comes from.
 * `const layer: ArchLayer = { kind: 'conv', name: 'conv1', filters: 6, kernel: 5, padding: 2 }`
 */
export type ArchLayer =
	| {
			kind: 'conv';
			name: string;
			/** Output channels (filters). */
			filters: number;
			kernel: number;
			stride?: number;
			padding?: number;
			groups?: number;
			/** Default true. */
			bias?: boolean;
	  }
	| {
			kind: 'maxPool' | 'avgPool';
			name: string;
			window: number;
			stride?: number;
			padding?: number;
			edge?: 'drop' | 'partial';
	  }
	/** Average pooling to a fixed output size (torchvision's AdaptiveAvgPool2d), size x size. */
	| { kind: 'adaptiveAvgPool'; name: string; size: number }
	| { kind: 'relu' | 'dropout' | 'flatten' | 'batchNorm' | 'localResponseNorm'; name: string }
	| { kind: 'dense'; name: string; outputs: number; bias?: boolean }
	/** Branches run on the same input; their outputs are concatenated along the channels. */
	| { kind: 'inception'; name: string; branches: ArchLayer[][] }
	/** output = main(x) + shortcut(x); an empty shortcut is the identity. */
	| { kind: 'residual'; name: string; main: ArchLayer[]; shortcut: ArchLayer[] };

export interface Architecture {
	id: 'lenet5' | 'alexnet' | 'alexnet-original' | 'zfnet' | 'googlenet' | 'vgg16' | 'resnet18';
	name: string;
	year: number;
	/** Shape of one input image [channels, height, width]. */
	inputShape: readonly [number, number, number];
	/** The paper the layout comes from, and the implementation it follows where there is one. */
	source: string;
	/** The parameter count this description reproduces, and where that number comes from. */
	count: ParameterCount;
	layers: ArchLayer[];
}

/**
 * Where a total number of parameters comes from. Facts, not sentences: the figures phrase them.
 * - 'notebook': the network this notebook builds and trains (lenet.ts), counted by the engine;
 * - 'library': a library's implementation, whose count is the one people quote (torchvision, Caffe);
 * - 'paper-layout': computed here from the layer sizes the paper gives; nobody published this total.
 */
export interface ParameterCount {
	/** The total this description gives, equal to analyseArchitecture(...).parameters. */
	parameters: number;
	origin: 'notebook' | 'library' | 'paper-layout';
	/** The implementation or the part of the paper: 'torchvision.models.googlenet', 'Fig. 3'. */
	reference: string;
	/**
	 * What the paper itself states, as printed there, where it gives a total. `approximate` when the
	 * paper rounds (GoogLeNet's "6.8M").
	 */
	paperStates?: { parameters: number; approximate: boolean; where: string };
}
