import type { ReactNode } from 'react';
import type { AppStore } from './app-store';
import { AppStoreContext } from './store-context';

export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}
