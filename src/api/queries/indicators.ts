import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { Breakdown, IndicatorRanking, IndicatorReport, MarketingList, MonthlySeries } from '../schemas/indicators';
import type { FilteredSubjectQuery, QueryParams, RankingQuery, SubjectQuery } from '../schemas/params';
import { apiClient } from '../api-client';

/** A unit, branch, zone or member over a window (calendar days, Asia/Shanghai; the server defaults to the as-of year). */
export type IndicatorSubject = QueryParams<typeof SubjectQuery>;

/** A subject over a window with the map's violation filters (category, severity, status, work type, overdue). */
export type FilteredSubject = QueryParams<typeof FilteredSubjectQuery>;

/** A ranking of a subject's children (by default the next level down) by one indicator. */
export type RankingSubject = QueryParams<typeof RankingQuery>;

/** The filters in a query key: one string, the same for the same filters whatever their object. */
const filterKey = ({ category, severity, status, workType, overdue }: Omit<FilteredSubject, 'level' | 'id' | 'from' | 'to'>) =>
  [category?.join(',') ?? '*', severity?.join(',') ?? '*', status?.join(',') ?? '*', workType?.join(',') ?? '*', overdue ?? '*'].join('|');

export const indicatorQueries = {
  all: () => ['indicators'] as const,
  report: ({ level, id, from, to }: IndicatorSubject) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'report', level, id, from ?? null, to ?? null] as const,
      queryFn: ({ signal }) => apiClient.get('/indicators', IndicatorReport, { signal, params: { level, id, from, to } }),
    }),
  ranking: ({ level, id, key, childLevel, order, from, to }: RankingSubject) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'ranking', level, id, key, childLevel ?? null, order ?? 'best', from ?? null, to ?? null] as const,
      queryFn: ({ signal }) =>
        apiClient.get('/indicators/ranking', IndicatorRanking, { signal, params: { level, id, key, childLevel, order, from, to } }),
    }),
  /** Category × severity, work types and the closure funnel of a subject. */
  breakdown: ({ level, id, from, to, ...filter }: FilteredSubject) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'breakdown', level, id, from ?? null, to ?? null, filterKey(filter)] as const,
      queryFn: ({ signal }) => apiClient.get('/breakdown', Breakdown, { signal, params: { level, id, from, to, ...filter } }),
    }),
  /** The months of the window: violations by category and severity, issues opened and closed. */
  monthly: ({ level, id, from, to, ...filter }: FilteredSubject) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'monthly', level, id, from ?? null, to ?? null, filterKey(filter)] as const,
      queryFn: ({ signal }) => apiClient.get('/series/monthly', MonthlySeries, { signal, params: { level, id, from, to, ...filter } }),
    }),
  /** Monthly win orders against target for every grid team (for win-order completion by zone). */
  marketing: () =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'marketing'] as const,
      queryFn: ({ signal }) => apiClient.get('/marketing', MarketingList, { signal }),
      staleTime: 10 * 60_000,
    }),
};

/**
 * While the window or a filter changes, a subject's last figures stay until the new ones come (no flash of
 * "loading", nothing built again; `isPlaceholderData` says they are the last window's); another subject
 * starts empty, never showing the last one's figures under its name. Query keys are [scope, kind, level, id, …].
 */
export function sameSubjectPlaceholder(subject: { level: string; id: string } | null) {
  return <T>(previous: T | undefined, previousQuery: { queryKey: readonly unknown[] } | undefined): T | undefined =>
    subject && previousQuery?.queryKey[2] === subject.level && previousQuery.queryKey[3] === subject.id ? previous : undefined;
}

export function useIndicatorReport(subject: IndicatorSubject | null) {
  return useQuery({
    ...indicatorQueries.report(subject ?? { level: 'unit', id: '' }),
    enabled: subject !== null,
    placeholderData: sameSubjectPlaceholder(subject),
  });
}
export const useMarketing = (enabled = true) => useQuery({ ...indicatorQueries.marketing(), enabled });

/** One ranking per key of the same subject and window (the KPIs of a place against its siblings). */
export function useIndicatorRankings(subject: Omit<RankingSubject, 'key'> | null, keys: readonly RankingSubject['key'][]) {
  return useQueries({
    queries: keys.map((key) => ({ ...indicatorQueries.ranking({ ...(subject ?? { level: 'unit', id: '' }), key }), enabled: subject !== null })),
  });
}

/** A place's months of violations and issues. */
export function useMonthlySeries(subject: IndicatorSubject | null) {
  return useQuery({ ...indicatorQueries.monthly(subject ?? { level: 'unit', id: '' }), enabled: subject !== null, placeholderData: undefined });
}
