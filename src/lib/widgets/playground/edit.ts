/**
 * The playground's edits of a design, as pure functions: each returns a new design and leaves the one
 * it was given untouched (the figure keeps the previous design until the new one is set). Layers are
 * indexed from 0 here; the figure numbers them from 1.
 */
import {
	type Design,
	type DesignLayer,
	type DesignLayerKind,
	DESIGN_LIMITS,
	copyDesign,
	newLayer
} from '$lib/engine/playground';

/** True when one more layer is allowed. */
export function canAdd(design: Design): boolean {
	return design.layers.length < DESIGN_LIMITS.layers;
}

/** A new layer of `kind` inserted at `index` (default: at the end). */
export function addLayer(design: Design, kind: DesignLayerKind, index?: number): Design {
	const next = copyDesign(design);
	if (!canAdd(design)) return next;
	const at = Math.max(0, Math.min(next.layers.length, index ?? next.layers.length));
	next.layers.splice(at, 0, newLayer(kind));
	return next;
}

export function removeLayer(design: Design, index: number): Design {
	const next = copyDesign(design);
	next.layers.splice(index, 1);
	return next;
}

/** The layer at `index` moved by `delta` places (-1 up, +1 down); unchanged at either end. */
export function moveLayer(design: Design, index: number, delta: number): Design {
	const next = copyDesign(design);
	const to = index + delta;
	if (to < 0 || to >= next.layers.length || index < 0 || index >= next.layers.length) return next;
	const [layer] = next.layers.splice(index, 1);
	next.layers.splice(to, 0, layer);
	return next;
}

/** The layer at `index` with some of its settings changed (a fix the engine suggested, or a box). */
export function setFields(design: Design, index: number, changes: Record<string, number>): Design {
	const next = copyDesign(design);
	next.layers[index] = { ...next.layers[index], ...changes } as DesignLayer;
	return next;
}

/**
 * The layer at `index` turned into another kind. Settings the two kinds share (a convolution's stride
 * becoming a pooling's stride) are kept; the others start from the editor's values.
 */
export function changeKind(design: Design, index: number, kind: DesignLayerKind): Design {
	const next = copyDesign(design);
	const old = next.layers[index] as unknown as Record<string, unknown>;
	const fresh = newLayer(kind) as unknown as Record<string, unknown>;
	for (const key of Object.keys(fresh)) {
		if (key !== 'kind' && typeof old[key] === 'number') fresh[key] = old[key];
	}
	// A kernel becomes a window and back: the same square.
	if ('window' in fresh && typeof old.kernel === 'number') fresh.window = old.kernel;
	if ('kernel' in fresh && typeof old.window === 'number') fresh.kernel = old.window;
	next.layers[index] = fresh as unknown as DesignLayer;
	return next;
}
