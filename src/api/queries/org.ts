import { queryOptions, useQuery } from '@tanstack/react-query';
import { Branch, BranchList, BranchRoster, GridZoneCollection, Member, MemberPage, MemberSummary, TeamList, UnitTree } from '../schemas/org';
import { apiClient } from '../api-client';
// A 403 (out of scope) is the answer: retrying it only delays the "not in your scope" view.
import { retryUnlessRefused } from './issues';

const ORG_STALE_MS = 5 * 60_000;

export const orgQueries = {
  all: () => ['org'] as const,
  /** The bureau and its district bureaus (a tree). */
  units: () =>
    queryOptions({
      queryKey: [...orgQueries.all(), 'units'] as const,
      queryFn: ({ signal }) => apiClient.get('/units', UnitTree, { signal }),
      staleTime: ORG_STALE_MS,
    }),
  zones: () =>
    queryOptions({
      queryKey: [...orgQueries.all(), 'zones'] as const,
      queryFn: ({ signal }) => apiClient.get('/zones', GridZoneCollection, { signal }),
      staleTime: ORG_STALE_MS,
    }),
  branches: () =>
    queryOptions({
      queryKey: [...orgQueries.all(), 'branches'] as const,
      queryFn: ({ signal }) => apiClient.get('/branches', BranchList, { signal }),
      staleTime: ORG_STALE_MS,
    }),
  branch: (id: string) =>
    queryOptions({
      queryKey: [...orgQueries.all(), 'branches', id] as const,
      queryFn: ({ signal }) => apiClient.get(`/branches/${encodeURIComponent(id)}`, Branch, { signal }),
      staleTime: ORG_STALE_MS,
    }),
  /** Grid teams ("4+N"): their member and staff ids give the staff counts. */
  gridTeams: () =>
    queryOptions({
      queryKey: [...orgQueries.all(), 'teams', 'grid'] as const,
      queryFn: ({ signal }) => apiClient.get('/teams', TeamList, { signal, params: { kind: 'grid' } }),
      staleTime: ORG_STALE_MS,
    }),
  /** A branch's people, teams and liaison chain, in the caller's full scope only (403 with its owner otherwise). */
  roster: (branchId: string) =>
    queryOptions({
      queryKey: [...orgQueries.all(), 'roster', branchId] as const,
      queryFn: ({ signal }) => apiClient.get(`/branches/${encodeURIComponent(branchId)}/roster`, BranchRoster, { signal }),
      staleTime: ORG_STALE_MS,
      retry: retryUnlessRefused,
    }),
  /** The members of one branch, in the caller's full scope only (403 otherwise: use memberSummary). */
  branchMembers: (branchId: string) =>
    queryOptions({
      queryKey: [...orgQueries.all(), 'members', 'branch', branchId] as const,
      queryFn: ({ signal }) => apiClient.get('/members', MemberPage, { signal, params: { branchId, limit: 1000 } }),
      staleTime: ORG_STALE_MS,
    }),
  /** One member, in the caller's full scope only (403 otherwise). */
  member: (id: string) =>
    queryOptions({
      queryKey: [...orgQueries.all(), 'members', 'one', id] as const,
      queryFn: ({ signal }) => apiClient.get(`/members/${encodeURIComponent(id)}`, Member, { signal }),
      staleTime: ORG_STALE_MS,
      retry: retryUnlessRefused,
    }),
  /** The gridders serving one zone, in the caller's full scope only (403 otherwise: use memberSummary). */
  zoneMembers: (zoneId: string) =>
    queryOptions({
      queryKey: [...orgQueries.all(), 'members', 'zone', zoneId] as const,
      queryFn: ({ signal }) => apiClient.get('/members', MemberPage, { signal, params: { zoneId, limit: 1000 } }),
      staleTime: ORG_STALE_MS,
    }),
  /** Counts of a branch's or zone's people by role, for anyone signed in: how people outside the scope are shown. */
  memberSummary: (filter: { branchId: string } | { zoneId: string }) =>
    queryOptions({
      queryKey: [...orgQueries.all(), 'members', 'summary', filter] as const,
      queryFn: ({ signal }) => apiClient.get('/members/summary', MemberSummary, { signal, params: filter }),
      staleTime: ORG_STALE_MS,
    }),
};

export const useUnits = (enabled = true) => useQuery({ ...orgQueries.units(), enabled });
export const useZones = (enabled = true) => useQuery({ ...orgQueries.zones(), enabled });
export const useBranches = (enabled = true) => useQuery({ ...orgQueries.branches(), enabled });
export const useGridTeams = (enabled = true) => useQuery({ ...orgQueries.gridTeams(), enabled });
export function useBranchMembers(branchId: string | null) {
  return useQuery({ ...orgQueries.branchMembers(branchId ?? ''), enabled: branchId !== null, placeholderData: undefined });
}
export function useZoneMembers(zoneId: string | null) {
  return useQuery({ ...orgQueries.zoneMembers(zoneId ?? ''), enabled: zoneId !== null, placeholderData: undefined });
}
export function useMemberSummary(filter: { branchId: string } | { zoneId: string } | null) {
  return useQuery({ ...orgQueries.memberSummary(filter ?? { branchId: '' }), enabled: filter !== null, placeholderData: undefined });
}
export function useBranchRoster(branchId: string | null) {
  return useQuery({ ...orgQueries.roster(branchId ?? ''), enabled: branchId !== null, placeholderData: undefined });
}
export function useMember(id: string | null) {
  return useQuery({ ...orgQueries.member(id ?? ''), enabled: id !== null, placeholderData: undefined });
}
