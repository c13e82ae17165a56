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
  /** Symbols and lines drawn this many times their desk size (a wall read from 5 m); a uniform: nothing is rebuilt. Default 1. */
  sizeScale?: number;
}

/** The selection's colour on the builder's base map. */
/** The size factor, sane: 1 unless a finite positive number. */
export const sizeScaleOf = (options: BaseLayerOptions): number => (options.sizeScale !== undefined && Number.isFinite(options.sizeScale) && options.sizeScale > 0 ? options.sizeScale : 1);

export const selectionColorOf = (options: BaseLayerOptions): Rgba => SELECTION_COLORS[options.theme ?? 'dark'];

export function baseProps(options: BaseLayerOptions) {
  return {
    visible: options.visible ?? true,
    opacity: Math.min(1, Math.max(0, options.opacity ?? 1)),
    pickable: options.pickable ?? true,
  };
}
