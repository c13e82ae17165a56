import type { StateCreator } from 'zustand';
import type { ZoneIndicator } from '../layers/grid-zones';
import type { IssueHeatView } from '../layers/issue-heat';
import type { ViolationColorBy } from '../layers/violation-points';
import type { AppState } from './app-store';

// How the party-building layers are drawn: which indicator fills the grid zones, what colours the
// violations, which view the issue-closure entry shows, and whether the layer panel is open.

export interface MapOptionsSlice {
  zoneIndicator: ZoneIndicator;
  violationColorBy: ViolationColorBy;
  heatView: IssueHeatView;
  layersPanelOpen: boolean;
  pickZoneIndicator: (indicator: ZoneIndicator) => void;
  colorViolationsBy: (colorBy: ViolationColorBy) => void;
  switchHeatView: (view: IssueHeatView) => void;
  toggleLayersPanel: (open?: boolean) => void;
}

export const createMapOptionsSlice: StateCreator<AppState, [], [], MapOptionsSlice> = (set) => ({
  zoneIndicator: 'violationsPer100Staff',
  violationColorBy: 'category',
  heatView: 'heat',
  layersPanelOpen: true,
  pickZoneIndicator: (zoneIndicator) => set({ zoneIndicator }),
  colorViolationsBy: (violationColorBy) => set({ violationColorBy }),
  switchHeatView: (heatView) => set({ heatView }),
  toggleLayersPanel: (open) => set((s) => ({ layersPanelOpen: open ?? !s.layersPanelOpen })),
});
