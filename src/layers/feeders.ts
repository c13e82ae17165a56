import { PathLayer } from '@deck.gl/layers';
import type { FeederCollection } from '../api/schemas/assets';
import { FEEDER_COLOR, FEEDER_HIGHLIGHT_COLOR, SELECTION_COLOR } from './palette';
import type { CategoricalLegend } from './legend';
import { LAYER_IDS } from './layer-ids';
import type { BaseLayerOptions } from './layer-options';
import { baseProps } from './layer-options';

/** 10 kV feeders (10kV馈线) as paths: PathLayer takes the LineStrings as they come, no GeoJSON parsing pass. */
export type FeederFeature = FeederCollection['features'][number];

export interface FeedersOptions extends BaseLayerOptions {
  selectedId?: string | null;
  /** Feeders linked to the selection (e.g. those through the selected zone). */
  highlightedIds?: ReadonlySet<string>;
}

export const FEEDER_WIDTH_PIXELS = { normal: 1.5, highlighted: 3, selected: 4 } as const;

export function buildFeedersLayer(feeders: FeederCollection, options: FeedersOptions = {}) {
  const { selectedId = null, highlightedIds } = options;
  const state = (f: FeederFeature) =>
    f.id === selectedId ? 'selected' : highlightedIds?.has(f.id) ? 'highlighted' : 'normal';
  return new PathLayer<FeederFeature>({
    id: LAYER_IDS.feeders,
    ...baseProps(options),
    data: feeders.features,
    getPath: (f) => f.geometry.coordinates,
    widthUnits: 'pixels',
    widthMinPixels: 1,
    capRounded: true,
    jointRounded: true,
    getColor: (f) => {
      const s = state(f);
      return s === 'selected' ? SELECTION_COLOR : s === 'highlighted' ? FEEDER_HIGHLIGHT_COLOR : FEEDER_COLOR;
    },
    getWidth: (f) => FEEDER_WIDTH_PIXELS[state(f)],
    updateTriggers: { getColor: [selectedId, highlightedIds], getWidth: [selectedId, highlightedIds] },
  });
}

export const feedersLegend: CategoricalLegend = {
  kind: 'categorical',
  items: [
    { key: 'feeder', color: FEEDER_COLOR },
    { key: 'linked', color: FEEDER_HIGHLIGHT_COLOR },
  ],
};
