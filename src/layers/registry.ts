import { baseStationsEntry } from './base-stations';
import { feedersEntry } from './feeders';
import { gridZonesEntry } from './grid-zones';
import { issueHeatEntry } from './issue-heat';
import type { LayerEntry, PickInfoLike } from './layer-entry';
import { partyBranchesEntry } from './party-branches';
import { partyMembersEntry } from './party-members';
import { isOfEntry } from './pick';
import { substationsEntry } from './substations';
import { transformerDistrictsEntry } from './transformer-districts';
import { violationsEntry } from './violation-points';

/*
 * The map's layers, in drawing order from the bottom (zone fills under the production map, points
 * on top). Adding a layer: its file exports an entry (see layer-entry.ts), and it gets a line here.
 */
export const LAYER_REGISTRY = [
  gridZonesEntry,
  issueHeatEntry,
  transformerDistrictsEntry,
  feedersEntry,
  substationsEntry,
  baseStationsEntry,
  partyBranchesEntry,
  partyMembersEntry,
  violationsEntry,
] as const satisfies readonly LayerEntry[];

export type LayerKey = (typeof LAYER_REGISTRY)[number]['key'];
export const LAYER_KEYS: readonly LayerKey[] = LAYER_REGISTRY.map((e) => e.key);

/** The layer panel's lists, as GIS layer lists go: the layer drawn on top first. */
export const LAYER_GROUPS = {
  production: LAYER_REGISTRY.filter((e) => e.group === 'production').reverse(),
  party: LAYER_REGISTRY.filter((e) => e.group === 'party').reverse(),
} as const;

const byKey = new Map<string, LayerEntry>(LAYER_REGISTRY.map((e) => [e.key, e]));
export const layerEntry = (key: string): LayerEntry | undefined => byKey.get(key);

/** The entry a deck.gl pick belongs to (its own layer or a sub-layer), or undefined. */
export function entryOfPick(info: PickInfoLike): LayerEntry | undefined {
  return LAYER_REGISTRY.find((e) => isOfEntry(info.layer?.id, e.id));
}

/** What the store needs to know of the layers: keys, defaults and options. */
export const LAYER_CATALOGUE = {
  keys: LAYER_KEYS,
  defaultVisible: new Set<string>(LAYER_REGISTRY.filter((e) => e.defaultVisible).map((e) => e.key)),
  options: Object.fromEntries(
    LAYER_REGISTRY.flatMap((e: LayerEntry) => (e.option && !e.option.bind ? [[e.key, { values: e.option.values, default: e.option.default }]] : [])),
  ) as Record<string, { values: readonly string[]; default: string }>,
};

