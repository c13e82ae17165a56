import { createContext } from 'react';
import type { AppStore } from './app-store';

export const AppStoreContext = createContext<AppStore | null>(null);
