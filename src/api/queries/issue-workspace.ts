import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IssueDetail, IssuePage, type Issue, type IssueTransitionRequest } from '../schemas/issues';
import type { IssueStatus } from '../schemas/enums';
import { apiClient } from '../api-client';
import { MAX_PAGE_SIZE } from '../schemas/common';
import { indicatorQueries } from './indicators';
import { issueQueries, retryUnlessRefused } from './issues';
import { violationQueries } from './violations';

/*
 * The issues workspace's queries and its one write, under the issues' keys. A module of its own so
 * that the mutation machinery loads with the workspace's route, not with the first screen.
 */

/** Whose issues a list shows: a branch, a district bureau, or (neither) everything the caller may read. */
export interface IssueListFilter {
  branchId?: string;
  unitId?: string;
  /** The issues of the violations in this member's circle. */
  memberId?: string;
  statuses: readonly IssueStatus[];
  overdue?: boolean;
}

/** A list stops after this many rows (the newest first); `total` still says how many match. */
export const ISSUE_LIST_CAP = 5 * MAX_PAGE_SIZE;

export const issueWorkspaceQueries = {
  /** One issue with the ETag it was read with: what a transition sends back in If-Match. */
  versioned: (id: string) =>
    queryOptions({
      queryKey: [...issueQueries.all(), 'versioned', id] as const,
      queryFn: ({ signal }) => apiClient.getTagged(`/issues/${encodeURIComponent(id)}`, IssueDetail, { signal }),
      retry: retryUnlessRefused,
    }),
  /** The issues of a branch or unit in some states, every page up to ISSUE_LIST_CAP (a branch has tens open). */
  list: (filter: IssueListFilter) =>
    queryOptions({
      queryKey: [...issueQueries.all(), 'list', filter] as const,
      queryFn: async ({ signal }) => {
        const items: Issue[] = [];
        const { statuses, ...rest } = filter;
        for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
          const page = await apiClient.get('/issues', IssuePage, { signal, params: { ...rest, status: statuses, limit: MAX_PAGE_SIZE, offset } });
          items.push(...page.items);
          if (page.items.length === 0 || offset + page.items.length >= page.total || items.length >= ISSUE_LIST_CAP) {
            return { items, total: page.total };
          }
        }
      },
      staleTime: 30_000,
    }),
};

export const useIssueList = (filter: IssueListFilter | null) => useQuery({ ...issueWorkspaceQueries.list(filter ?? { statuses: [] }), enabled: filter !== null });

export const useVersionedIssue = (id: string | null) => useQuery({ ...issueWorkspaceQueries.versioned(id ?? ''), enabled: id !== null });

/**
 * Moves an issue along the closure loop with If-Match: the ETag its detail was read with. After the
 * write (or a 412/409: the issue is not what we showed) every issue query refetches, so that the list,
 * the detail and the map's counts show the issue as it is now.
 */
export function useIssueTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: IssueTransitionRequest; etag: string }) =>
      apiClient.send('POST', `/issues/${encodeURIComponent(id)}/transitions`, body, IssueDetail, { ifMatch: etag }),
    onSuccess: ({ data, etag }) => {
      // The answer is the issue as stored: show it at once, with its new ETag.
      if (etag) queryClient.setQueryData(issueWorkspaceQueries.versioned(id).queryKey, { data, etag });
    },
    // The map's counts and indicators (inactive while the workspace shows) refetch when next shown.
    onSettled: () =>
      Promise.all([issueQueries.all(), indicatorQueries.all(), violationQueries.all()].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
