import { queryOptions, useQuery } from '@tanstack/react-query';
import { DatasetMeta } from '../schemas/session';
import { apiClient } from '../api-client';

/** How often the header re-reads the dataset's metadata; also what "fresh" means for it. */
export const META_REFETCH_MS = 60_000;

// Keys go from generic to specific: ['meta'] invalidates everything below it.
export const metaQueries = {
  all: () => ['meta'] as const,
  dataset: () =>
    queryOptions({
      queryKey: [...metaQueries.all(), 'dataset'] as const,
      queryFn: ({ signal }) => apiClient.get('/meta', DatasetMeta, { signal }),
      staleTime: META_REFETCH_MS / 2,
      refetchInterval: META_REFETCH_MS,
      // A wall screen may sit in a background tab or behind another window: keep it current anyway.
      refetchIntervalInBackground: true,
    }),
};

export function useDatasetMeta() {
  return useQuery(metaQueries.dataset());
}
