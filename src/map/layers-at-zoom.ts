import { Layer, type LayersList } from '@deck.gl/core';
import { fadeFactor, type ZoomFade } from '../layers/scale-rules';

/** A layer's fade at this zoom: its own, else its nearest parent's (the longest id it extends), 1 without one. */
function fadeOf(id: string, fades: readonly ZoomFade[], zoom: number): number {
  let best: ZoomFade | undefined;
  for (const f of fades) {
    if (id === f.id) return fadeFactor(f, zoom);
    if (id.startsWith(`${f.id}-`) && (!best || f.id.length > best.id.length)) best = f;
  }
  return best ? fadeFactor(best, zoom) : 1;
}

/**
 * The layers as drawn at `zoom`: a fading layer gets its opacity times its fade, and is switched off
 * at zero (a clone with those props: a uniform change, nothing is rebuilt); the others as they are.
 * Without `withHidden`, layers that draw nothing now are left out rather than switched off: deck.gl
 * builds every layer it is given, drawn or not (a million points' buffers, their shaders), and on a
 * first render that is time the layers on screen wait for.
 * Layers are drawn under the style's labels (`beforeId`), so no data buries a place name.
 */
export function atZoom(layers: LayersList, fades: readonly ZoomFade[], zoom: number, beforeId: string | undefined, withHidden: boolean): LayersList {
  const drawn: LayersList = [];
  for (const l of layers) {
    if (Array.isArray(l)) {
      drawn.push(atZoom(l, fades, zoom, beforeId, withHidden));
      continue;
    }
    if (!(l instanceof Layer)) {
      drawn.push(l);
      continue;
    }
    const f = fadeOf(l.id, fades, zoom);
    if (!withHidden && !(l.props.visible && f > 0)) continue;
    // `beforeId` is the MapLibre overlay's own layer prop (interleaved mode), not in deck.gl's types.
    if (f === 1 && (l.props as { beforeId?: string }).beforeId === beforeId) drawn.push(l);
    else drawn.push(l.clone({ beforeId, ...(f !== 1 && { opacity: l.props.opacity * f, visible: l.props.visible && f > 0 }) } as Partial<Layer['props']>) as Layer);
  }
  return drawn;
}
