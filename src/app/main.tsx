import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readUrlState } from '../lib/url-state';
import { bindDocumentLanguage, createI18n } from '../i18n/i18n';
import { createAppStore } from '../store/app-store';
import { readUrlFilters, subscribeToPopstate, syncFiltersToUrl } from '../store/filters-slice';
import { createQueryClient } from './query-client';
import { syncStoreToUrl } from './url-sync';
import { AppProviders } from './providers';
import { App } from './app';
import { ErrorBoundary } from './error-boundary';
import { loadRuntimeConfig, registerPmtilesProtocol } from '../map/base-map-source';
import './styles/theme.css';
import './styles/app.css';

// The URL says where we are; everything starts from it.
const urlState = readUrlState();
const store = createAppStore({
  language: urlState.lang,
  theme: urlState.theme,
  selection: urlState.selection,
  layers: urlState.layers,
  filters: readUrlFilters(window.location.search),
});
const i18n = createI18n(urlState.lang);
bindDocumentLanguage(i18n);
syncStoreToUrl(store);
// The time window and filters: written to the URL, and read back on popstate (links, back, the benchmark).
syncFiltersToUrl(store);
subscribeToPopstate(store);
// The language lives in the store; i18next follows it.
store.subscribe((state, prev) => {
  if (state.language !== prev.language) void i18n.changeLanguage(state.language);
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// config.json says which base map to draw; it never throws (offline base map on any problem).
const { config } = await loadRuntimeConfig();
// An intranet PMTiles base map: its protocol must be in place before MapLibre sees the style.
if (config.basemap.kind === 'pmtiles') await registerPmtilesProtocol();
createRoot(root).render(
  <StrictMode>
    <AppProviders context={{ queryClient: createQueryClient(), i18n, store }}>
      <ErrorBoundary>
        <App initialCamera={urlState.camera} runtimeConfig={config} />
      </ErrorBoundary>
    </AppProviders>
  </StrictMode>,
);
