import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { activeFilterCount, parseUrlState } from '../lib/url-state';
import { bindDocumentLanguage, createI18n, switchLanguage } from '../i18n/i18n';
import { createAppStore } from '../store/app-store';
import { LAYER_CATALOGUE } from '../layers/registry';
import { baseMapDatumOf, loadPmtilesStyle, loadRuntimeConfig, registerPmtilesProtocol } from '../map/base-map-source';
import { createQueryClient } from './query-client';
import { startUrlSync } from './url-sync';
import { AppProviders } from './providers';
import { App } from './app';
import { ErrorBoundary } from './error-boundary';
import { routeOf } from './routes';
import { holdFirstScreen, revealFirstScreen } from '../lib/first-screen';
import '../components/tokens.css';
import './app.css';

// config.json says which base map to draw; it never throws (offline base map on any problem).
const { config } = await loadRuntimeConfig();
// An intranet PMTiles base map: its protocol must be in place before MapLibre sees the style, and
// its built-in style arrives with it (neither is in the first screen's JavaScript otherwise).
const pmtiles = config.basemap.kind === 'pmtiles';
if (pmtiles) await registerPmtilesProtocol();
const runtime = { config, ...(pmtiles && { pmtilesStyle: await loadPmtilesStyle() }) };

// The URL says where we are; everything starts from it.
const url = parseUrlState(window.location.search, window.location.pathname);
if (routeOf(url.mode).appearsWithMap) holdFirstScreen();
else revealFirstScreen();
const store = createAppStore({
  ...url,
  language: url.lang,
  catalogue: LAYER_CATALOGUE,
  baseDatum: baseMapDatumOf(config),
  // The filters start folded (the layer switches and legends stay in view) unless the link filters something.
  filtersPanelOpen: activeFilterCount(url.filters) > 0,
});
const i18n = createI18n();
// The language lives in the store; i18next follows it (the first screen waits for its table).
await switchLanguage(i18n, url.lang);
bindDocumentLanguage(i18n);
store.subscribe((state, prev) => {
  if (state.language !== prev.language) void switchLanguage(i18n, state.language);
});
startUrlSync(store);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppProviders context={{ queryClient: createQueryClient(), i18n, store }}>
      <ErrorBoundary>
        <App runtime={runtime} />
      </ErrorBoundary>
    </AppProviders>
  </StrictMode>,
);
