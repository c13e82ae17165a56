import type { AppStore } from '../store/app-store';
import { writeUrlState } from '../lib/url-state';
import { visibleLayersForUrl } from '../store/layers-slice';

/** Writes the store's part of "where you are" back to the URL whenever it changes. */
export function syncStoreToUrl(store: AppStore, win: Window = window): () => void {
  return store.subscribe((state, prev) => {
    if (
      state.language === prev.language &&
      state.theme === prev.theme &&
      state.selection === prev.selection &&
      state.layerVisibility === prev.layerVisibility
    ) {
      return;
    }
    writeUrlState(
      { lang: state.language, theme: state.theme, selection: state.selection, layers: visibleLayersForUrl(state.layerVisibility) },
      win,
    );
  });
}
