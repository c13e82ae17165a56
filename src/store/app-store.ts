import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Datum } from '../lib/datum';
import type { UrlState } from '../lib/url-state';
import { createViewSlice, type ViewSlice } from './view-slice';
import { createLayersSlice, type LayerCatalogue, type LayersSlice } from './layers-slice';
import { createLocationSlice, type LocationSlice } from './location-slice';
import { createMapOptionsSlice, type MapOptionsSlice } from './map-options-slice';
import { createFiltersSlice, type FiltersSlice } from './filters-slice';
import { createIssuesSlice, type IssuesSlice } from './issues-slice';

/*
 * One store of typed slices, UI state only: server data lives in react-query, the camera in the
 * map itself. A factory, not a module singleton, so tests and the app each get their own.
 */
export type AppState = ViewSlice & LayersSlice & LocationSlice & MapOptionsSlice & FiltersSlice & IssuesSlice;
export type AppStore = StoreApi<AppState>;

export interface AppStoreInit extends Partial<Omit<UrlState, 'lang'>> {
  language?: UrlState['lang'];
  /** The layer registry's keys, defaults and options (the store knows no layer by name). */
  catalogue?: LayerCatalogue;
  baseDatum?: Datum;
  /** Whether the filters panel starts open. */
  filtersPanelOpen?: boolean;
}

/**
 * The store's `set`, minus the no-op changes: zustand notifies every subscriber on every `set`, even
 * one that changes nothing, and restoring a history entry calls each slice's restore in turn (a
 * window change would otherwise run every selector of the page seven times).
 */
function changesOnly(set: AppStore['setState'], get: () => AppState): AppStore['setState'] {
  return ((partial: AppState | Partial<AppState> | ((state: AppState) => AppState | Partial<AppState>), replace?: boolean) => {
    const state = get();
    const next = typeof partial === 'function' ? partial(state) : partial;
    if (!replace && Object.entries(next).every(([key, value]) => Object.is(value, state[key as keyof AppState]))) return;
    (set as (p: typeof next, r?: boolean) => void)(next, replace);
  });
}

export function createAppStore(init: AppStoreInit = {}): AppStore {
  return createStore<AppState>()((set, get, api) => {
    const a = [changesOnly(set, get), get, api] as const;
    return {
      ...createViewSlice(init)(...a),
      ...createLayersSlice(init)(...a),
      ...createLocationSlice(init)(...a),
      ...createMapOptionsSlice(init)(...a),
      ...createFiltersSlice(init.filters)(...a),
      ...createIssuesSlice(init.issues)(...a),
    };
  });
}
