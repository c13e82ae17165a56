import type { Layer } from '@deck.gl/core';

/*
 * deck.gl initializes every layer in its list, visible or not: it compiles the layer's shaders (a
 * third of a second each in software WebGL) and builds its attributes. So a layer joins the list the
 * first time it is visible with something to draw, and from then on it stays, switched by `visible`,
 * so that toggling it never re-creates it. A first screen pays only for what it shows.
 */

/** True for data with nothing in it: an empty array, a binary table of length 0, an empty FeatureCollection. */
export function isEmptyLayerData(data: unknown): boolean {
  if (Array.isArray(data)) return data.length === 0;
  if (data && typeof data === 'object') {
    if ('length' in data) return data.length === 0;
    if ('features' in data && Array.isArray(data.features)) return data.features.length === 0;
  }
  return false;
}

/** Whether a layer has something to draw: its image (a bitmap layer) or else its data. */
export function hasContent(layer: Layer): boolean {
  const props = layer.props as Layer['props'] & { image?: unknown };
  if ('image' in props) return props.image !== null && props.image !== undefined;
  return !isEmptyLayerData(props.data);
}

/** The ids admitted so far plus those now visible with content; the same set when none is new. */
export function admitLayers(layers: readonly Layer[], admitted: ReadonlySet<string>): ReadonlySet<string> {
  const fresh = layers.filter((l) => !admitted.has(l.id) && l.props.visible && hasContent(l));
  if (fresh.length === 0) return admitted;
  return new Set([...admitted, ...fresh.map((l) => l.id)]);
}

/** The layers to hand to deck.gl: the admitted ones, in their order. */
export function admittedLayers(layers: readonly Layer[], admitted: ReadonlySet<string>): Layer[] {
  return layers.filter((l) => admitted.has(l.id));
}
