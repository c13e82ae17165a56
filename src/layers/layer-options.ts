/** Options every builder takes: switched on/off with `visible` (never by dropping the layer), faded with `opacity`. */
export interface BaseLayerOptions {
  visible?: boolean;
  /** 0–1; the UI multiplies the group fade (production ↔ party) into it. */
  opacity?: number;
  pickable?: boolean;
}

export function baseProps(options: BaseLayerOptions) {
  return {
    visible: options.visible ?? true,
    opacity: Math.min(1, Math.max(0, options.opacity ?? 1)),
    pickable: options.pickable ?? true,
  };
}
