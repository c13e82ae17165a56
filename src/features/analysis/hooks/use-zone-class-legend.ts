import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { IndicatorKey } from '../../../api/indicator-catalogue';
import { indicatorQueries } from '../../../api/queries/indicators';
import { zoneClassesOf } from '../../../data/zone-classes';
import { ZONE_INDICATORS, zoneClassLegendOf } from '../../../layers/grid-zones';
import type { ThresholdLegend } from '../../../lib/legend-types';
import { useTheme } from '../../../store/hooks';
import type { LevelPlace } from './use-level';

/**
 * The classes the map colours every zone in by `key` over the level's window, for a ranking of zones: made as
 * the map makes them (zoneClassesOf) from every zone's value, which the API ranks (the map tallies the same
 * values itself from the violations). Null while `enabled` is false, for an indicator the map cannot colour
 * zones by, or until the values are in.
 */
export function useZoneClassLegend(level: LevelPlace, key: IndicatorKey, enabled: boolean): ThresholdLegend | null {
  const theme = useTheme();
  const { bureauId, window } = level;
  const wanted = enabled && bureauId !== null && window !== null && ZONE_INDICATORS.includes(key);
  const zones = useQuery({
    ...indicatorQueries.ranking({ level: 'unit', id: bureauId ?? '', key, childLevel: 'zone', from: window?.from, to: window?.to }),
    enabled: wanted,
  });
  const data = wanted ? zones.data : undefined;
  return useMemo(() => (data ? zoneClassLegendOf(zoneClassesOf(key, new Map(data.items.map((i) => [i.id, i.value]))), theme) : null), [data, key, theme]);
}
