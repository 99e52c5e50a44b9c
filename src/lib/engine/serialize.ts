/**
 * Saving and loading models as JSON:
 *
 *   { "format": "convolutif-model", "version": 1, "inputShape": [1, 28, 28],
 *     "layers": [ { "kind": "conv2d", "name": "conv1", "config": {...},
 *                   "weights": { "weights": { "shape": [6, 1, 5, 5], "encoding": "base64-f32le", "data": "..." },
 *                                "bias": {...} } }, ... ] }
 *
 * Weights are float32, either base64 of their little-endian bytes (compact, the default) or plain arrays
 * of numbers (readable). Loading validates everything (format, version, layer kinds, configurations,
 * shapes, finite numbers, the chain of shapes) before building anything: a corrupt file throws a
 * ModelFormatError saying what is wrong, and never half-loads.
 */
import {
	AvgPool2D,
	Conv2D,
	type Conv2DConfig,
	Dense,
	type DenseConfig,
	Flatten,
	type Layer,
	type LayerKind,
	LeakyReLU,
	type LeakyReLUConfig,
	MaxPool2D,
	type Pool2DConfig,
	ReLU,
	Sigmoid,
	Tanh
} from './layers';
import { Sequential } from './model';
import { shapeString, size } from './tensor';

export const MODEL_FORMAT = 'convolutif-model';
export const MODEL_VERSION = 1;

/**
 * What is wrong with a model file, as facts the figures phrase in the page's language (the error's
 * message keeps the details, in English, for developers): not JSON, not an object, another format or
 * version, weights that are not finite, a model that does not fit the run, or anything else
 * damaged (cut short, a wrong shape, an unknown layer).
 */
export type ModelProblem =
	| { code: 'not-json' }
	| { code: 'not-an-object' }
	| { code: 'other-format'; format: string }
	| { code: 'other-version'; version: string; reads: number }
	| { code: 'not-finite' }
	| { code: 'wrong-input'; shape: number[] }
	| { code: 'wrong-classes'; classes: number; expected: number }
	| { code: 'damaged' };

/** A model file that cannot be loaded; the message says what is wrong and where, `problem` as facts. */
export class ModelFormatError extends Error {
	readonly problem: ModelProblem;
	constructor(message: string, problem: ModelProblem = { code: 'damaged' }) {
		super(message);
		this.name = 'ModelFormatError';
		this.problem = problem;
	}
}

export type WeightEncoding = 'base64-f32le' | 'array';

export interface SavedWeights {
	shape: number[];
	encoding: WeightEncoding;
	/** base64 of the float32 little-endian bytes, or the numbers themselves. */
	data: string | number[];
}

export interface SavedLayer {
	kind: LayerKind;
	name: string;
	frozen?: boolean;
	config: Record<string, number | boolean | string>;
	weights?: Record<string, SavedWeights>;
}

export interface ModelFile {
	format: typeof MODEL_FORMAT;
	version: typeof MODEL_VERSION;
	inputShape: number[];
	layers: SavedLayer[];
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) BASE64_INDEX[BASE64.charCodeAt(i)] = i;

/** Float32 values to base64 of their little-endian bytes. `encodeFloat32(new Float32Array([1]))` */
export function encodeFloat32(values: Float32Array): string {
	const bytes = new Uint8Array(values.length * 4);
	const view = new DataView(bytes.buffer);
	for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i], true);
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const a = bytes[i];
		const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
		const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
		out += BASE64[a >> 2] + BASE64[((a & 3) << 4) | (b >> 4)];
		out += i + 1 < bytes.length ? BASE64[((b & 15) << 2) | (c >> 6)] : '=';
		out += i + 2 < bytes.length ? BASE64[c & 63] : '=';
	}
	return out;
}

/** The inverse of encodeFloat32; throws a ModelFormatError on text that is not base64 of float32s. */
export function decodeFloat32(text: string, where = 'weights'): Float32Array {
	if (text.length % 4 !== 0) {
		throw new ModelFormatError(
			`${where}: the base64 text has ${text.length} characters, not a multiple of 4: it was cut`
		);
	}
	const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
	const byteCount = (text.length / 4) * 3 - padding;
	if (byteCount % 4 !== 0) {
		throw new ModelFormatError(
			`${where}: ${byteCount} bytes is not a whole number of float32 values`
		);
	}
	const bytes = new Uint8Array(byteCount);
	let b = 0;
	for (let i = 0; i < text.length; i += 4) {
		const quad = [0, 1, 2, 3].map((k) => {
			const code = text.charCodeAt(i + k);
			if (text[i + k] === '=' && i + 4 === text.length && k >= 4 - padding) return 0;
			const v = code < 128 ? BASE64_INDEX[code] : -1;
			if (v < 0) {
				throw new ModelFormatError(
					`${where}: character ${JSON.stringify(text[i + k])} at ${i + k} is not base64`
				);
			}
			return v;
		});
		const triple = (quad[0] << 18) | (quad[1] << 12) | (quad[2] << 6) | quad[3];
		if (b < byteCount) bytes[b++] = (triple >> 16) & 255;
		if (b < byteCount) bytes[b++] = (triple >> 8) & 255;
		if (b < byteCount) bytes[b++] = triple & 255;
	}
	const view = new DataView(bytes.buffer);
	const values = new Float32Array(byteCount / 4);
	for (let i = 0; i < values.length; i++) values[i] = view.getFloat32(i * 4, true);
	return values;
}

/**
 * A model as a plain object ready for JSON.stringify. `JSON.stringify(saveModel(model))`
 */
export function saveModel(model: Sequential, encoding: WeightEncoding = 'base64-f32le'): ModelFile {
	const layers = model.layers.map((layer): SavedLayer => {
		const json = layer.toJSON();
		const saved: SavedLayer = { kind: json.kind, name: json.name, config: json.config };
		if (json.frozen) saved.frozen = true;
		if (layer.parameters().length > 0) {
			saved.weights = {};
			for (const p of layer.parameters()) {
				saved.weights[p.name] = {
					shape: [...p.value.shape],
					encoding,
					data: encoding === 'array' ? Array.from(p.value.data) : encodeFloat32(p.value.data)
				};
			}
		}
		return saved;
	});
	return {
		format: MODEL_FORMAT,
		version: MODEL_VERSION,
		inputShape: [...model.inputShape],
		layers
	};
}

/** The model as JSON text. `localStorage.setItem('lenet', serializeModel(model))` */
export function serializeModel(
	model: Sequential,
	encoding: WeightEncoding = 'base64-f32le'
): string {
	return JSON.stringify(saveModel(model, encoding));
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function wholeNumbers(v: unknown, where: string): number[] {
	if (!Array.isArray(v) || v.length === 0 || !v.every((d) => Number.isInteger(d) && d >= 1)) {
		throw new ModelFormatError(
			`${where} must be a list of whole numbers >= 1, got ${JSON.stringify(v)}`
		);
	}
	return v as number[];
}

/** The configuration keys each kind accepts, with their type. */
const CONFIG_KEYS: Record<LayerKind, Record<string, 'number' | 'boolean' | 'string'>> = {
	conv2d: {
		inChannels: 'number',
		outChannels: 'number',
		kernelSize: 'number',
		stride: 'number',
		padding: 'number',
		dilation: 'number',
		groups: 'number',
		bias: 'boolean'
	},
	maxPool2d: { size: 'number', stride: 'number', padding: 'number', edge: 'string' },
	avgPool2d: { size: 'number', stride: 'number', padding: 'number', edge: 'string' },
	relu: {},
	leakyRelu: { slope: 'number' },
	sigmoid: {},
	tanh: {},
	flatten: {},
	dense: { inputs: 'number', outputs: 'number', bias: 'boolean' }
};

function checkConfig(
	kind: LayerKind,
	config: unknown,
	where: string
): Record<string, number | boolean | string> {
	if (!isRecord(config)) throw new ModelFormatError(`${where}: config must be an object`);
	const allowed = CONFIG_KEYS[kind];
	for (const [key, value] of Object.entries(config)) {
		const type = allowed[key];
		if (!type) {
			throw new ModelFormatError(
				`${where}: config key '${key}' is not one of a ${kind} layer's (${Object.keys(allowed).join(', ') || 'none'})`
			);
		}
		if (typeof value !== type || (type === 'number' && !Number.isFinite(value))) {
			throw new ModelFormatError(
				`${where}: config ${key} must be a ${type === 'number' ? 'finite number' : type}, got ${JSON.stringify(value)}`
			);
		}
	}
	return config as Record<string, number | boolean | string>;
}

function buildLayer(
	kind: LayerKind,
	name: string,
	config: Record<string, number | boolean | string>
): Layer {
	switch (kind) {
		case 'conv2d':
			return new Conv2D(config as unknown as Conv2DConfig, undefined, 'zeros', name);
		case 'maxPool2d':
			return new MaxPool2D(config as unknown as Pool2DConfig, name);
		case 'avgPool2d':
			return new AvgPool2D(config as unknown as Pool2DConfig, name);
		case 'relu':
			return new ReLU(name);
		case 'leakyRelu':
			return new LeakyReLU(config as LeakyReLUConfig, name);
		case 'sigmoid':
			return new Sigmoid(name);
		case 'tanh':
			return new Tanh(name);
		case 'flatten':
			return new Flatten(name);
		case 'dense':
			return new Dense(config as unknown as DenseConfig, undefined, 'zeros', name);
	}
}

function readWeights(saved: unknown, where: string): { shape: number[]; values: Float32Array } {
	if (!isRecord(saved))
		throw new ModelFormatError(`${where} must be an object with shape, encoding and data`);
	const shape = wholeNumbers(saved.shape, `${where}.shape`);
	let values: Float32Array;
	if (saved.encoding === 'base64-f32le') {
		if (typeof saved.data !== 'string')
			throw new ModelFormatError(`${where}.data must be base64 text`);
		values = decodeFloat32(saved.data, where);
	} else if (saved.encoding === 'array') {
		if (!Array.isArray(saved.data) || !saved.data.every((v) => typeof v === 'number')) {
			throw new ModelFormatError(`${where}.data must be a list of numbers`);
		}
		values = Float32Array.from(saved.data as number[]);
	} else {
		throw new ModelFormatError(
			`${where}.encoding is ${JSON.stringify(saved.encoding)}: use 'base64-f32le' or 'array'`
		);
	}
	if (values.length !== size(shape)) {
		throw new ModelFormatError(
			`${where} has ${values.length} values but its shape ${shapeString(shape)} needs ${size(shape)}: the file is truncated or corrupt`
		);
	}
	for (let i = 0; i < values.length; i++) {
		if (!Number.isFinite(values[i])) {
			throw new ModelFormatError(
				`${where} value ${i} is ${values[i]}: weights must be finite numbers (the model was saved after training diverged?)`,
				{ code: 'not-finite' }
			);
		}
	}
	return { shape, values };
}

/**
 * Builds a model from a saved file (object or JSON text), after validating all of it. Throws a
 * ModelFormatError saying what is wrong; nothing is built from a bad file.
 * `const model = loadModel(JSON.parse(text))`
 */
export function loadModel(file: unknown): Sequential {
	let data = file;
	if (typeof data === 'string') {
		try {
			data = JSON.parse(data);
		} catch (error) {
			throw new ModelFormatError(`the model file is not valid JSON (${(error as Error).message})`, {
				code: 'not-json'
			});
		}
	}
	if (!isRecord(data)) {
		throw new ModelFormatError('the model file must be a JSON object', { code: 'not-an-object' });
	}
	if (data.format !== MODEL_FORMAT) {
		throw new ModelFormatError(
			`the file's format is ${JSON.stringify(data.format)}, not "${MODEL_FORMAT}": this is not a convolutif model`,
			{ code: 'other-format', format: JSON.stringify(data.format) ?? 'undefined' }
		);
	}
	if (data.version !== MODEL_VERSION) {
		throw new ModelFormatError(
			`the file has version ${JSON.stringify(data.version)}; this version of convolutif reads version ${MODEL_VERSION}`,
			{
				code: 'other-version',
				version: JSON.stringify(data.version) ?? 'undefined',
				reads: MODEL_VERSION
			}
		);
	}
	const inputShape = wholeNumbers(data.inputShape, 'inputShape');
	if (!Array.isArray(data.layers) || data.layers.length === 0) {
		throw new ModelFormatError('layers must be a non-empty list');
	}
	const layers: Layer[] = [];
	data.layers.forEach((saved: unknown, index: number) => {
		const where = `layer ${index}`;
		if (!isRecord(saved)) throw new ModelFormatError(`${where} must be an object`);
		const kind = saved.kind as LayerKind;
		if (typeof kind !== 'string' || !(kind in CONFIG_KEYS)) {
			throw new ModelFormatError(
				`${where} has kind ${JSON.stringify(saved.kind)}, which is not one of ${Object.keys(CONFIG_KEYS).join(', ')}`
			);
		}
		if (typeof saved.name !== 'string' || saved.name === '') {
			throw new ModelFormatError(`${where} (${kind}) needs a name`);
		}
		const named = `${where} ('${saved.name}', ${kind})`;
		const config = checkConfig(kind, saved.config, named);
		let layer: Layer;
		try {
			layer = buildLayer(kind, saved.name, config);
		} catch (error) {
			throw new ModelFormatError(`${named}: ${(error as Error).message}`);
		}
		const parameters = layer.parameters();
		const weights = saved.weights;
		if (parameters.length > 0 || weights !== undefined) {
			if (!isRecord(weights)) throw new ModelFormatError(`${named} has no weights`);
			const expected = parameters.map((p) => p.name);
			const extra = Object.keys(weights).filter((k) => !expected.includes(k));
			if (extra.length) {
				throw new ModelFormatError(
					`${named} has unexpected weights ${extra.join(', ')}: it has ${expected.join(', ') || 'none'}`
				);
			}
			for (const p of parameters) {
				if (!(p.name in weights)) throw new ModelFormatError(`${named} is missing its ${p.name}`);
				const { shape, values } = readWeights(weights[p.name], `${named} ${p.name}`);
				if (shape.length !== p.value.shape.length || shape.some((d, i) => d !== p.value.shape[i])) {
					throw new ModelFormatError(
						`${named} ${p.name} has shape ${shapeString(shape)} but its configuration needs ${shapeString(p.value.shape)}`
					);
				}
				p.value.data.set(values);
			}
		}
		if (saved.frozen === true) layer.frozen = true;
		layers.push(layer);
	});
	try {
		return new Sequential(layers, inputShape);
	} catch (error) {
		throw new ModelFormatError(`the layers do not fit together: ${(error as Error).message}`);
	}
}
