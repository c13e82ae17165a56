import { queryOptions, useQuery } from '@tanstack/react-query';
import { IssueDetail, IssuePage, type Issue } from '../schemas/issues';
import { apiClient } from '../api-client';
import { ApiError } from '../api-error';
import { MAX_PAGE_SIZE } from '../schemas/common';

/** Issues not born from a violation: the client adds them to the violation columns' issues when it tallies zones. */
const STANDALONE_SOURCES = ['public_safety_hazard', 'asset_recovery'] as const;

// 403 (outside the caller's scope) and 404 are answers, not failures to retry.
export const retryUnlessRefused = (count: number, error: unknown) => !(error instanceof ApiError && (error.status === 403 || error.status === 404)) && count < 2;

export const issueQueries = {
  all: () => ['issues'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...issueQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => apiClient.get(`/issues/${encodeURIComponent(id)}`, IssueDetail, { signal }),
      retry: retryUnlessRefused,
    }),
  /** Every standalone issue (hundreds; thousands at province scale), page by page. */
  standalone: () =>
    queryOptions({
      queryKey: [...issueQueries.all(), 'standalone'] as const,
      queryFn: async ({ signal }) => {
        const items: Issue[] = [];
        for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
          const page = await apiClient.get('/issues', IssuePage, {
            signal,
            params: { source: STANDALONE_SOURCES, limit: MAX_PAGE_SIZE, offset },
          });
          items.push(...page.items);
          if (page.items.length === 0 || offset + page.items.length >= page.total) return items;
        }
      },
      staleTime: 60_000,
    }),
};

/** One issue, fetched on demand (a selected violation's issue). */
export function useIssue(id: string | null) {
  return useQuery({ ...issueQueries.detail(id ?? ''), enabled: id !== null, placeholderData: undefined });
}

export const useStandaloneIssues = (enabled = true) => useQuery({ ...issueQueries.standalone(), enabled });
