import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { assetQueries } from '../../../api/queries/assets';
import { orgQueries } from '../../../api/queries/org';
import { violationQueries } from '../../../api/queries/violations';
import { jitteredInterval } from '../lib/staleness';

/** What the map draws: the violations' columns, the zones and their people, the production assets. */
const MAP_DATA_ROOTS = [violationQueries.all(), orgQueries.all(), assetQueries.all()];

/**
 * The map's own data revalidated on the wall's interval, like its panels: a closed issue or a new
 * violation recolours the zones on the next refresh without a reload. Only what is on screen is asked
 * for again, each a conditional GET (a 304 while nothing changed, the columns included).
 */
export function useMapDataRefresh(refreshMs: number, enabled: boolean): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    let timer: ReturnType<typeof setTimeout>;
    const next = () => {
      timer = setTimeout(() => {
        for (const queryKey of MAP_DATA_ROOTS) void queryClient.invalidateQueries({ queryKey, refetchType: 'active' });
        next();
      }, jitteredInterval(refreshMs));
    };
    next();
    return () => clearTimeout(timer);
  }, [queryClient, refreshMs, enabled]);
}
