import type { StateCreator } from 'zustand';
import { LAYER_KEYS, type LayerGroup, type LayerKey } from '../layers/layer-ids';
import type { AppState } from './app-store';

// Which of the map's data layers (issue 3; catalogued in src/layers/layer-ids.ts) are on, and the
// fade between the production and party-building groups.

const defaultVisibility: Record<LayerKey, boolean> = {
  substations: true,
  feeders: true,
  transformerDistricts: false,
  baseStations: false,
  gridZones: true,
  partyBranches: false,
  partyMembers: false,
  violations: true,
  issueHeat: false,
};

export interface LayersSlice {
  layerVisibility: Record<LayerKey, boolean>;
  /** 0..1 per group: the production/party fade. */
  groupOpacity: Record<LayerGroup, number>;
  toggleLayer: (key: LayerKey, visible?: boolean) => void;
  fadeGroup: (group: LayerGroup, opacity: number) => void;
}

export const createLayersSlice: StateCreator<AppState, [], [], LayersSlice> = (set) => ({
  layerVisibility: Object.fromEntries(LAYER_KEYS.map((key) => [key, defaultVisibility[key]])) as Record<LayerKey, boolean>,
  groupOpacity: { production: 1, party: 1 },
  toggleLayer: (key, visible) =>
    set((s) => ({ layerVisibility: { ...s.layerVisibility, [key]: visible ?? !s.layerVisibility[key] } })),
  fadeGroup: (group, opacity) =>
    set((s) => ({
      groupOpacity: { ...s.groupOpacity, [group]: Number.isFinite(opacity) ? Math.min(1, Math.max(0, opacity)) : 1 },
    })),
});
