import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../api/api-client';
import { WallAcknowledgement } from '../../../api/schemas/walls';

const pathOf = (wallId: string) => `/walls/${encodeURIComponent(wallId)}/acknowledgement`;

/** What the wall's room has acknowledged, as the API keeps it (per wall, so a reload or a new browser does not pulse again). */
export const acknowledgementQuery = (wallId: string) =>
  queryOptions({
    queryKey: ['walls', wallId, 'acknowledgement'] as const,
    queryFn: ({ signal }) => apiClient.get(pathOf(wallId), WallAcknowledgement, { signal }),
  });

/** Stores an acknowledgement; the answer (the API keeps the later instant) replaces the cached one. */
export function useAcknowledge(wallId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (seenUpTo: string) => apiClient.send('PUT', pathOf(wallId), { seenUpTo }, WallAcknowledgement),
    onSuccess: ({ data }) => queryClient.setQueryData(acknowledgementQuery(wallId).queryKey, data),
  });
}
