import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IndicatorLevel } from '../schemas/enums';
import { IndicatorReport, MarketingList } from '../schemas/indicators';
import { apiClient } from '../api-client';

export interface IndicatorSubject {
  level: IndicatorLevel;
  id: string;
  /** Calendar days (Asia/Shanghai); the server defaults to the as-of year. */
  from?: string;
  to?: string;
}

export const indicatorQueries = {
  all: () => ['indicators'] as const,
  report: ({ level, id, from, to }: IndicatorSubject) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'report', level, id, from ?? null, to ?? null] as const,
      queryFn: ({ signal }) => apiClient.get('/indicators', IndicatorReport, { signal, params: { level, id, from, to } }),
    }),
  /** Monthly win orders against target for every grid team (for win-order completion by zone). */
  marketing: () =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'marketing'] as const,
      queryFn: ({ signal }) => apiClient.get('/marketing', MarketingList, { signal }),
      staleTime: 10 * 60_000,
    }),
};

export function useIndicatorReport(subject: IndicatorSubject | null) {
  return useQuery({
    ...indicatorQueries.report(subject ?? { level: 'unit', id: '' }),
    enabled: subject !== null,
    placeholderData: undefined,
  });
}
export const useMarketing = (enabled = true) => useQuery({ ...indicatorQueries.marketing(), enabled });
