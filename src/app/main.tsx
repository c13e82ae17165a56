import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readUrlState } from '../lib/url-state';
import { bindDocumentLanguage, createI18n } from '../i18n/i18n';
import { createAppStore } from '../store/app-store';
import { createQueryClient } from './query-client';
import { syncStoreToUrl } from './url-sync';
import { AppProviders } from './providers';
import { App } from './app';
import { ErrorBoundary } from './error-boundary';
import './styles/theme.css';
import './styles/app.css';

// The URL says where we are; everything starts from it.
const urlState = readUrlState();
const store = createAppStore({ language: urlState.lang, theme: urlState.theme, selection: urlState.selection });
const i18n = createI18n(urlState.lang);
bindDocumentLanguage(i18n);
syncStoreToUrl(store);
// The language lives in the store; i18next follows it.
store.subscribe((state, prev) => {
  if (state.language !== prev.language) void i18n.changeLanguage(state.language);
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <AppProviders context={{ queryClient: createQueryClient(), i18n, store }}>
      <ErrorBoundary>
        <App initialCamera={urlState.camera} />
      </ErrorBoundary>
    </AppProviders>
  </StrictMode>,
);
