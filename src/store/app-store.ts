import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Language, Theme } from '../lib/view-options';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createLayersSlice, type LayersSlice } from './layers-slice';
import { createSelectionSlice, type Selection, type SelectionSlice } from './selection-slice';
import { createMapOptionsSlice, type MapOptionsSlice } from './map-options-slice';
import { createFiltersSlice, type FiltersInit, type FiltersSlice } from './filters-slice';

/*
 * One store of typed slices, UI state only: server data lives in react-query, the camera in the
 * map itself. A factory, not a module singleton, so tests and the app each get their own.
 */
export type AppState = ViewSlice & LayersSlice & SelectionSlice & MapOptionsSlice & FiltersSlice;
export type AppStore = StoreApi<AppState>;

export interface AppStoreInit {
  theme?: Theme;
  language?: Language;
  selection?: Selection | null;
  filters?: FiltersInit;
  /** Visible layer keys from the URL; null/absent: the default set. */
  layers?: readonly string[] | null;
}

export function createAppStore(init: AppStoreInit = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createViewSlice(init)(...a),
    ...createLayersSlice(init)(...a),
    ...createSelectionSlice(init)(...a),
    ...createMapOptionsSlice(...a),
    ...createFiltersSlice(init.filters)(...a),
  }));
}
