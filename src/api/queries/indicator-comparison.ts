import { queryOptions } from '@tanstack/react-query';
import { IndicatorComparison } from '../schemas/indicator-comparison';
import { apiClient } from '../api-client';
import { indicatorQueries, type IndicatorSubject } from './indicators';

/** Each indicator against the previous window, the siblings' mean and the rank among them (the workspace's, not the map's). */
export const comparisonQuery = ({ level, id, from, to }: IndicatorSubject) =>
  queryOptions({
    queryKey: [...indicatorQueries.all(), 'comparison', level, id, from ?? null, to ?? null] as const,
    queryFn: ({ signal }) => apiClient.get('/indicators/comparison', IndicatorComparison, { signal, params: { level, id, from, to } }),
  });
