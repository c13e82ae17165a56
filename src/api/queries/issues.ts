import { queryOptions, useQuery } from '@tanstack/react-query';
import { IssueDetail } from '../schemas/issues';
import { apiClient } from '../api-client';
import { ApiError } from '../api-error';

export const issueQueries = {
  all: () => ['issues'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...issueQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => apiClient.get(`/issues/${encodeURIComponent(id)}`, IssueDetail, { signal }),
      // 403 (outside the caller's scope) is an answer, not a failure to retry.
      retry: (count, error) => !(error instanceof ApiError && error.status === 403) && count < 2,
    }),
};

/** One issue, fetched on demand (a selected violation's issue). */
export function useIssue(id: string | null) {
  return useQuery({ ...issueQueries.detail(id ?? ''), enabled: id !== null, placeholderData: undefined });
}
