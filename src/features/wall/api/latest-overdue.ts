import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '../../../api/api-client';
import { issueQueries } from '../../../api/queries/issues';
import { issueStatuses } from '../../../api/schemas/enums';
import { IssuePage } from '../../../api/schemas/issues';
import { TICKER_ITEMS } from './latest-severe';

const OPEN = issueStatuses.filter((s) => s !== 'closed');

/**
 * The open issues of a unit (all of the caller's scope at the bureau) that became overdue most
 * recently: the latest deadline first (an issue is overdue from the midnight after its deadline day).
 */
export const latestOverdueQuery = (unitId: string | null) =>
  queryOptions({
    queryKey: [...issueQueries.all(), 'latest-overdue', unitId] as const,
    queryFn: ({ signal }) =>
      apiClient.get('/issues', IssuePage, { signal, params: { overdue: true, status: OPEN, sort: '-deadline', limit: TICKER_ITEMS, ...(unitId !== null && { unitId }) } }),
  });
