import { queryOptions, useQuery } from '@tanstack/react-query';
import { Violation, ViolationPage } from '../schemas/violations';
import { IssueDetail } from '../schemas/issues';
import { MemberPage, type Member } from '../schemas/org';
import { apiClient } from '../api-client';
import { ApiError } from '../api-error';
import { VIOLATION_COLUMNS_MEDIA_TYPE, decodeViolationColumns, type ViolationColumns } from '../violation-columns';

/** The decoded columns and the ETag of the download they came from. */
type TaggedColumns = ViolationColumns & { etag: string | null };

export const violationQueries = {
  all: () => ['violations'] as const,
  /**
   * Every violation point as binary columns, decoded once per download (the decoded columns are
   * views on the one ArrayBuffer). Shared by ETag, not structurally: typed arrays compare by identity.
   */
  columns: () =>
    queryOptions({
      queryKey: [...violationQueries.all(), 'columns'] as const,
      queryFn: async ({ signal }): Promise<TaggedColumns> => {
        const { bytes, etag } = await apiClient.getBytes('/violations/columns', VIOLATION_COLUMNS_MEDIA_TYPE, { signal });
        return { ...decodeViolationColumns(bytes), etag };
      },
      staleTime: 5 * 60_000,
      // A revalidation the browser's cache answered (a 304 reaches us as the same bytes) keeps the
      // columns already drawn: the same ETag, the same object, so no layer is rebuilt for nothing.
      structuralSharing: (previous: unknown, next: unknown) => {
        const old = previous as TaggedColumns | undefined;
        return old?.etag && old.etag === (next as TaggedColumns).etag ? old : next;
      },
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...violationQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => apiClient.get(`/violations/${encodeURIComponent(id)}`, Violation, { signal }),
    }),
  /** The newest violations in a member's circle (党员身边: their own and those of the people linked to them), with the total. */
  aroundMember: (memberId: string, limit: number) =>
    queryOptions({
      queryKey: [...violationQueries.all(), 'around-member', memberId, limit] as const,
      queryFn: ({ signal }) => apiClient.get('/violations', ViolationPage, { signal, params: { memberId, limit } }),
      staleTime: 60_000,
    }),
  /** A violation with its issue and the names in its circle, where the caller may see them (null where not). */
  withIssue: (id: string) =>
    queryOptions({
      queryKey: [...violationQueries.all(), 'detail', id, 'with-issue'] as const,
      queryFn: async ({ signal }): Promise<ViolationWithIssue> => {
        const violation = await apiClient.get(`/violations/${encodeURIComponent(id)}`, Violation, { signal });
        const outOfScope = (e: unknown) => {
          if (e instanceof ApiError && e.status === 403) return null;
          throw e;
        };
        const [issue, circle] = await Promise.all([
          apiClient.get(`/issues/${encodeURIComponent(violation.issueId)}`, IssueDetail, { signal }).catch(outOfScope),
          apiClient
            .get('/members', MemberPage, { signal, params: { branchId: violation.branchId, limit: 1000 } })
            .then((page) => page.items)
            .catch(outOfScope),
        ]);
        return { violation, issue, circle };
      },
    }),
};

export interface ViolationWithIssue {
  violation: Violation;
  issue: IssueDetail | null;
  circle: readonly Member[] | null;
}

export const useViolationColumns = (enabled = true) => useQuery({ ...violationQueries.columns(), enabled });
export function useViolationsAroundMember(memberId: string | null, limit = 8) {
  return useQuery({ ...violationQueries.aroundMember(memberId ?? '', limit), enabled: memberId !== null, placeholderData: undefined });
}
export function useViolation(id: string | null) {
  return useQuery({ ...violationQueries.detail(id ?? ''), enabled: id !== null, placeholderData: undefined });
}
