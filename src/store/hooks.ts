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
export const useLayerVisibility = () => useAppStore((s) => s.layerVisibility);
export const useGroupOpacity = (group: LayerGroup) => useAppStore((s) => s.groupOpacity[group]);
export const useZoneIndicator = () => useAppStore((s) => s.zoneIndicator);
export const useViolationColorBy = () => useAppStore((s) => s.violationColorBy);
export const useHeatView = () => useAppStore((s) => s.heatView);
export const useLayersPanelOpen = () => useAppStore((s) => s.layersPanelOpen);

// Actions are stable functions: selecting them never re-renders.
export const useSwitchTheme = () => useAppStore((s) => s.switchTheme);
export const useSwitchLanguage = () => useAppStore((s) => s.switchLanguage);
export const useToggleLayer = () => useAppStore((s) => s.toggleLayer);
export const useFadeGroup = () => useAppStore((s) => s.fadeGroup);
export const useSelectZone = () => useAppStore((s) => s.selectZone);
export const useSelectFeature = () => useAppStore((s) => s.selectFeature);
export const useClearSelection = () => useAppStore((s) => s.clearSelection);
export const usePickZoneIndicator = () => useAppStore((s) => s.pickZoneIndicator);
export const useColorViolationsBy = () => useAppStore((s) => s.colorViolationsBy);
export const useSwitchHeatView = () => useAppStore((s) => s.switchHeatView);
export const useToggleLayersPanel = () => useAppStore((s) => s.toggleLayersPanel);
