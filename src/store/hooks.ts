import { useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from './app-store';
import { layerOptionOf } from './layers-slice';
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
export const useMode = () => useAppStore((s) => s.mode);
export const usePlace = () => useAppStore((s) => s.place);
export const useSelection = () => useAppStore((s) => s.selection);
export const useCameraRequest = () => useAppStore((s) => s.cameraRequest);
export const useLayerVisibility = () => useAppStore((s) => s.layerVisibility);
export const useLayerOption = (key: string) => useAppStore((s) => layerOptionOf(s, key));
export const useLayerOptions = () => useAppStore((s) => s.layerOptions);
export const useGroupOpacity = (group: 'production' | 'party') => useAppStore((s) => s.groupOpacity[group]);
export const useIndicator = () => useAppStore((s) => s.indicator);
export const useBaseDatum = () => useAppStore((s) => s.baseDatum);
export const useLayersPanelOpen = () => useAppStore((s) => s.layersPanelOpen);
export const useFiltersPanelOpen = () => useAppStore((s) => s.filtersPanelOpen);
export const useIssuesView = () => useAppStore((s) => s.issuesView);

// Actions are stable functions: selecting them never re-renders.
export const useSwitchTheme = () => useAppStore((s) => s.switchTheme);
export const useSwitchLanguage = () => useAppStore((s) => s.switchLanguage);
export const useToggleLayer = () => useAppStore((s) => s.toggleLayer);
export const usePickLayerOption = () => useAppStore((s) => s.pickLayerOption);
export const useFadeGroup = () => useAppStore((s) => s.fadeGroup);
export const useDrillTo = () => useAppStore((s) => s.drillTo);
export const useSelect = () => useAppStore((s) => s.select);
export const useClearSelection = () => useAppStore((s) => s.clearSelection);
export const usePickIndicator = () => useAppStore((s) => s.pickIndicator);
export const useToggleLayersPanel = () => useAppStore((s) => s.toggleLayersPanel);
export const useToggleFiltersPanel = () => useAppStore((s) => s.toggleFiltersPanel);
export const useSwitchMode = () => useAppStore((s) => s.switchMode);
export const useOpenIssue = () => useAppStore((s) => s.openIssue);
export const useRefineIssues = () => useAppStore((s) => s.refineIssues);
