import { useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './app-store';
import type { LayerGroup, LayerKey } from '../layers/layer-ids';
import { AppStoreContext } from './store-context';

export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore outside <AppStoreProvider>');
  return store;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

// Atomic selectors: each component subscribes to the one value it shows.
export const useTheme = () => useAppStore((s) => s.theme);
export const useLanguage = () => useAppStore((s) => s.language);
export const useSelection = () => useAppStore((s) => s.selection);
export const useLayerVisible = (key: LayerKey) => useAppStore((s) => s.layerVisibility[key]);
export const useGroupOpacity = (group: LayerGroup) => useAppStore((s) => s.groupOpacity[group]);

// Actions are stable functions: selecting them never re-renders.
export const useSwitchTheme = () => useAppStore((s) => s.switchTheme);
export const useSwitchLanguage = () => useAppStore((s) => s.switchLanguage);
export const useToggleLayer = () => useAppStore((s) => s.toggleLayer);
export const useFadeGroup = () => useAppStore((s) => s.fadeGroup);
export const useSelectZone = () => useAppStore((s) => s.selectZone);
export const useClearSelection = () => useAppStore((s) => s.clearSelection);
