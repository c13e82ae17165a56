import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '../../../api/api-client';
import { violationQueries } from '../../../api/queries/violations';
import { ViolationPage } from '../../../api/schemas/violations';

/** How many of the newest severe violations the wall's ticker shows. */
export const TICKER_ITEMS = 3;

/** The newest severe violations of a unit (all of the caller's scope at the bureau), newest first. */
export const latestSevereQuery = (unitId: string | null) =>
  queryOptions({
    queryKey: [...violationQueries.all(), 'latest-severe', unitId] as const,
    queryFn: ({ signal }) =>
      apiClient.get('/violations', ViolationPage, { signal, params: { severity: ['severe'], limit: TICKER_ITEMS, ...(unitId !== null && { unitId }) } }),
  });
