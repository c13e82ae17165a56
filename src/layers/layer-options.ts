import type { Theme } from '../lib/view-options';
import { SELECTION_COLORS, type Rgba } from './palette';

/** Options every builder takes: switched on/off with `visible` (never by dropping the layer), faded with `opacity`. */
export interface BaseLayerOptions {
  visible?: boolean;
  /** 0–1; the UI multiplies the group fade (production ↔ party) into it. */
  opacity?: number;
  pickable?: boolean;
  /** The base map's theme (default dark): a selection's outline and the ramps that differ by theme follow it. */
  theme?: Theme;
}

/** The selection's colour on the builder's base map. */
export const selectionColorOf = (options: BaseLayerOptions): Rgba => SELECTION_COLORS[options.theme ?? 'dark'];

export function baseProps(options: BaseLayerOptions) {
  return {
    visible: options.visible ?? true,
    opacity: Math.min(1, Math.max(0, options.opacity ?? 1)),
    pickable: options.pickable ?? true,
  };
}
