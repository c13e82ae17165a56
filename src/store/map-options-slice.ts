import type { StateCreator } from 'zustand';
import { isIndicatorKey, type IndicatorKey } from '../api/indicator-catalogue';
import type { Datum } from '../lib/datum';
import type { AppState } from './app-store';

// The indicator zones are coloured (and, later, ranked) by; the datum the base map is drawn in (from
// config.json, fixed for the session); which side panels are open.

export const DEFAULT_INDICATOR: IndicatorKey = 'violations_per_transformer_district_per_year';

export interface MapOptionsSlice {
  indicator: IndicatorKey;
  baseDatum: Datum;
  layersPanelOpen: boolean;
  filtersPanelOpen: boolean;
  pickIndicator: (indicator: string) => void;
  toggleLayersPanel: (open?: boolean) => void;
  toggleFiltersPanel: (open?: boolean) => void;
}

export const createMapOptionsSlice =
  (init: { indicator?: string | null; baseDatum?: Datum; filtersPanelOpen?: boolean }): StateCreator<AppState, [], [], MapOptionsSlice> =>
  (set) => ({
    indicator: isIndicatorKey(init.indicator) ? init.indicator : DEFAULT_INDICATOR,
    baseDatum: init.baseDatum ?? 'GCJ02',
    layersPanelOpen: true,
    filtersPanelOpen: init.filtersPanelOpen ?? true,
    pickIndicator: (indicator) => {
      if (isIndicatorKey(indicator)) set({ indicator });
    },
    toggleLayersPanel: (open) => set((s) => ({ layersPanelOpen: open ?? !s.layersPanelOpen })),
    toggleFiltersPanel: (open) => set((s) => ({ filtersPanelOpen: open ?? !s.filtersPanelOpen })),
  });
