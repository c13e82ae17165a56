import { EMPTY_MAP_DATA } from '../../src/data/map-data';
import { NOTHING_LINKED } from '../../src/data/linked';
import type { LayerContext } from '../../src/layers/layer-entry';
import { BUREAU } from '../../src/lib/url-state';
import { ALL_VIOLATIONS } from '../../src/lib/violation-filter';

/** What the map gives a layer entry: no data, the bureau, a dark desk at zoom 11, nothing filtered or selected; `over` changes any of it. */
export const layerContext = (over: Partial<LayerContext> = {}): LayerContext => ({
  data: EMPTY_MAP_DATA,
  visible: true,
  opacity: 1,
  zoom: 11,
  theme: 'dark',
  option: '',
  filter: ALL_VIOLATIONS,
  place: BUREAU,
  selection: null,
  linked: NOTHING_LINKED,
  sizeScale: 1,
  lazy: [],
  ...over,
});
