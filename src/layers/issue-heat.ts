import { defineLayer } from './layer-entry';
import type * as IssueHeatLayersModule from './issue-heat-layers';
import type { HexagonLayer } from '@deck.gl/aggregation-layers';

/*
 * Issue closure heat (问题闭环热力): its registry entry. The layers themselves (issue-heat-layers.ts,
 * with the rasteriser) load the first time it is switched on, and deck.gl's HexagonLayer (~11 kB gzip)
 * the first time the hexagon view is chosen: the first screen carries neither.
 */

export const ISSUE_HEAT_ID = 'issue-heat';

export type IssueHeatView = 'heat' | 'closureByZone' | 'closureByHexagon';
const HEAT_VIEWS: readonly IssueHeatView[] = ['heat', 'closureByZone', 'closureByHexagon'];
const viewOf = (option: string): IssueHeatView => (HEAT_VIEWS as readonly string[]).includes(option) ? (option as IssueHeatView) : 'heat';

export type IssueHeatLayers = typeof IssueHeatLayersModule;
export const loadIssueHeatLayers = (): Promise<IssueHeatLayers> => import('./issue-heat-layers');
export const loadHexagonLayer = (): Promise<typeof HexagonLayer> => import('@deck.gl/aggregation-layers').then((m) => m.HexagonLayer);

const zoneOfPlace = (place: { level: string; id?: string }) => (place.level === 'zone' ? (place.id ?? null) : null);
const layersOf = (lazy: readonly unknown[]) => (lazy[0] ?? null) as IssueHeatLayers | null;
const hexagonLayerOf = (lazy: readonly unknown[]) => (lazy[1] ?? null) as typeof HexagonLayer | null;

export const issueHeatEntry = defineLayer({
  key: 'issueHeat',
  id: ISSUE_HEAT_ID,
  group: 'party',
  names: { zh: '问题闭环热力', en: 'Issue closure heat' },
  defaultVisible: false,
  option: {
    label: 'layers.heatView',
    values: HEAT_VIEWS,
    default: 'heat',
    valueLabel: (value, t) => t(`heatViews.${value}`),
  },
  needs: (option) => (viewOf(option) === 'closureByZone' ? ['zones', 'zoneTallies'] : ['violations']),
  lazy: [
    { wanted: () => true, load: loadIssueHeatLayers },
    { wanted: (option) => viewOf(option) === 'closureByHexagon', load: loadHexagonLayer },
  ],
  inputs: (c) => [c.data.violations, c.data.asOfDay, c.data.zones, c.data.zoneTallies, c.theme, c.visible, c.opacity, c.option, zoneOfPlace(c.place), ...c.lazy],
  build: (c) => layersOf(c.lazy)?.issueHeatLayersOf(c, viewOf(c.option), zoneOfPlace(c.place), hexagonLayerOf(c.lazy)) ?? [],
  legend: (c) => {
    const layers = layersOf(c.lazy);
    return layers ? [layers.issueHeatLegendOf(viewOf(c.option), c.theme)] : [];
  },
  pick: (info, c) => layersOf(c.lazy)?.pickIssueHeat(info, c) ?? null,
  details: null,
});
