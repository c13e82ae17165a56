import type { StateCreator } from 'zustand';
import type { UrlSelection, UrlSelectionKind } from '../lib/url-state';
import type { AppState } from './app-store';

/** What can be selected on the map; the same kinds the URL's `sel=<kind>:<id>` names. */
export type SelectionKind = UrlSelectionKind;
export type Selection = UrlSelection;

export interface SelectionSlice {
  selection: Selection | null;
  selectZone: (zoneId: string) => void;
  selectFeature: (selection: Selection) => void;
  clearSelection: () => void;
}

const same = (a: Selection | null, b: Selection | null) => a?.kind === b?.kind && a?.id === b?.id;

export const createSelectionSlice =
  (initial: { selection?: Selection | null }): StateCreator<AppState, [], [], SelectionSlice> =>
  (set, get) => ({
    selection: initial.selection ?? null,
    selectZone: (zoneId) => get().selectFeature({ kind: 'zone', id: zoneId }),
    // Selecting what is already selected changes nothing (no re-render, no URL write, no re-fit).
    selectFeature: (selection) => {
      if (!same(get().selection, selection)) set({ selection: { kind: selection.kind, id: selection.id } });
    },
    clearSelection: () => {
      if (get().selection !== null) set({ selection: null });
    },
  });
