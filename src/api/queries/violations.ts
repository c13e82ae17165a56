import { queryOptions, useQuery } from '@tanstack/react-query';
import { Violation } from '../schemas/violations';
import { apiClient } from '../api-client';
import { VIOLATION_COLUMNS_MEDIA_TYPE, decodeViolationColumns } from '../violation-columns';

export const violationQueries = {
  all: () => ['violations'] as const,
  /**
   * Every violation point as binary columns, decoded once per download (the decoded columns are
   * views on the one ArrayBuffer). Not structurally shared: typed arrays are compared by identity.
   */
  columns: () =>
    queryOptions({
      queryKey: [...violationQueries.all(), 'columns'] as const,
      queryFn: async ({ signal }) =>
        decodeViolationColumns(await apiClient.getBytes('/violations/columns', VIOLATION_COLUMNS_MEDIA_TYPE, { signal })),
      staleTime: 5 * 60_000,
      structuralSharing: false,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...violationQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => apiClient.get(`/violations/${encodeURIComponent(id)}`, Violation, { signal }),
    }),
};

export const useViolationColumns = (enabled = true) => useQuery({ ...violationQueries.columns(), enabled });
export function useViolation(id: string | null) {
  return useQuery({ ...violationQueries.detail(id ?? ''), enabled: id !== null, placeholderData: undefined });
}
