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

const isLayerKey = (key: string): key is LayerKey => (LAYER_KEYS as readonly string[]).includes(key);

/** The visibility a URL's `layers=` list asks for (unknown keys ignored); the default set without one. */
export function initialVisibility(visible: readonly string[] | null | undefined): Record<LayerKey, boolean> {
  if (!visible) return { ...defaultVisibility };
  const on = new Set(visible.filter(isLayerKey));
  return Object.fromEntries(LAYER_KEYS.map((key) => [key, on.has(key)])) as Record<LayerKey, boolean>;
}

/** The visible layers for the URL, or null when they are the default set (links stay short). */
export function visibleLayersForUrl(visibility: Record<LayerKey, boolean>): LayerKey[] | null {
  if (LAYER_KEYS.every((key) => visibility[key] === defaultVisibility[key])) return null;
  return LAYER_KEYS.filter((key) => visibility[key]);
}

export const createLayersSlice =
  (init: { layers?: readonly string[] | null } = {}): StateCreator<AppState, [], [], LayersSlice> =>
  (set) => ({
    layerVisibility: initialVisibility(init.layers),
    groupOpacity: { production: 1, party: 1 },
    toggleLayer: (key, visible) =>
      set((s) => ({ layerVisibility: { ...s.layerVisibility, [key]: visible ?? !s.layerVisibility[key] } })),
    fadeGroup: (group, opacity) =>
      set((s) => ({
        groupOpacity: { ...s.groupOpacity, [group]: Number.isFinite(opacity) ? Math.min(1, Math.max(0, opacity)) : 1 },
      })),
  });
