import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export type SelectionKind = 'zone' | 'branch' | 'member' | 'violation' | 'feeder' | 'substation' | 'transformer-district';

export interface Selection {
  kind: SelectionKind;
  id: string;
}

export interface SelectionSlice {
  selection: Selection | null;
  selectZone: (zoneId: string) => void;
  selectFeature: (selection: Selection) => void;
  clearSelection: () => void;
}

export const createSelectionSlice =
  (initial: { zone?: string | null }): StateCreator<AppState, [], [], SelectionSlice> =>
  (set) => ({
    selection: initial.zone ? { kind: 'zone', id: initial.zone } : null,
    selectZone: (zoneId) => set({ selection: { kind: 'zone', id: zoneId } }),
    selectFeature: (selection) => set({ selection }),
    clearSelection: () => set({ selection: null }),
  });
