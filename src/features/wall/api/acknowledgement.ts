import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../api/api-client';
import { isRetryableError } from '../../../api/api-error';
import { WallAcknowledgement, type WallAcknowledgeRequest } from '../../../api/schemas/walls';

const pathOf = (wallId: string) => `/walls/${encodeURIComponent(wallId)}/acknowledgement`;

/** What the wall's room has acknowledged, as the API keeps it (per wall, so a reload or a new browser does not pulse again). */
export const acknowledgementQuery = (wallId: string) =>
  queryOptions({
    queryKey: ['walls', wallId, 'acknowledgement'] as const,
    queryFn: ({ signal }) => apiClient.get(pathOf(wallId), WallAcknowledgement, { signal }),
  });

/**
 * Stores an acknowledgement (either watermark or both); the answer (the API keeps the later instants) replaces the
 * cached one. Unlike a person's writes it is retried: nobody at an unattended wall would see it fail, and storing
 * the same watermarks twice is harmless.
 */
export function useAcknowledge(wallId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WallAcknowledgeRequest) => apiClient.send('PUT', pathOf(wallId), body, WallAcknowledgement),
    // react-query's default delays: 1 s, 2 s, 4 s.
    retry: (failureCount, error) => failureCount < 3 && isRetryableError(error),
    onSuccess: ({ data }) => queryClient.setQueryData(acknowledgementQuery(wallId).queryKey, data),
  });
}
