import { queryOptions } from '@tanstack/react-query';
import { API_BASE, apiClient } from '../api-client';
import { IssuePage } from '../schemas/issues';
import { ViolationPage } from '../schemas/violations';

/*
 * The records behind a figure: a page of the API list an indicator or a breakdown cell links
 * (`records.href`: /api/v1/violations?… or /api/v1/issues?…, already filtered to the subject and
 * window). Only those two lists have rows a reader can open on the map.
 */

export type RecordsPage = { list: 'violations'; page: ViolationPage } | { list: 'issues'; page: IssuePage };

/** The list an href names, and its filters; null for any other list (teams, marketing…). */
export function recordsListOf(href: string): { list: 'violations' | 'issues'; search: URLSearchParams } | null {
  // A path with a query, read as such (no base URL needed: the API's links are same-origin paths).
  const [path = '', query = ''] = href.split('#', 1)[0]?.split('?', 2) ?? [];
  const list = path === `${API_BASE}/violations` ? 'violations' : path === `${API_BASE}/issues` ? 'issues' : null;
  if (!list) return null;
  const search = new URLSearchParams(query);
  search.delete('offset');
  search.delete('limit');
  return { list, search };
}

export const recordQueries = {
  /** Under the list's own key root: an issue's transition, which invalidates the issues, refreshes these too. */
  page: (href: string, offset: number, limit: number) => {
    const list = recordsListOf(href)?.list ?? 'violations';
    return queryOptions({
      queryKey: [list, 'records', href, offset, limit] as const,
      queryFn: async ({ signal }): Promise<RecordsPage> => {
        const target = recordsListOf(href);
        if (!target) throw new Error(`not a list of violations or issues: ${href}`);
        target.search.set('offset', String(offset));
        target.search.set('limit', String(limit));
        // The filters come from the API's own link, as it wrote them: sent back unchanged.
        const path = `/${target.list}?${target.search.toString()}`;
        return target.list === 'violations'
          ? { list: 'violations', page: await apiClient.get(path, ViolationPage, { signal }) }
          : { list: 'issues', page: await apiClient.get(path, IssuePage, { signal }) };
      },
      placeholderData: (previous) => previous,
    });
  },
};
