import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { AppStoreProvider } from '../store/store-provider';
import type { AppStore } from '../store/app-store';

export interface AppContext {
  queryClient: QueryClient;
  i18n: I18n;
  store: AppStore;
}

export function AppProviders({ context, children }: { context: AppContext; children: ReactNode }) {
  return (
    <QueryClientProvider client={context.queryClient}>
      <I18nextProvider i18n={context.i18n}>
        <AppStoreProvider store={context.store}>{children}</AppStoreProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
