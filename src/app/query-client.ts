import { keepPreviousData, QueryClient } from '@tanstack/react-query';
import { isRetryableError } from '../api/api-error';

const MAX_RETRIES = 6;

/** 1 s, 2 s, 4 s … capped at 30 s, with jitter so that many wall screens don't retry in step. */
export function retryDelay(attempt: number): number {
  const base = Math.min(30_000, 1000 * 2 ** attempt);
  return Math.round(base * (0.75 + Math.random() * 0.5));
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Retry what can get better by itself (no answer, 5xx, 429); a 4xx is our bug or a rule: show it.
        retry: (failureCount, error) => failureCount < MAX_RETRIES && isRetryableError(error),
        retryDelay,
        staleTime: 30_000,
        // A wall screen must keep showing the last good data through an outage, and a changed
        // filter keeps the previous result on screen until the new one arrives.
        placeholderData: keepPreviousData,
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
        // The API is on the same origin (or the intranet): navigator.onLine says nothing about it.
        networkMode: 'always',
      },
      mutations: {
        retry: false,
        networkMode: 'always',
      },
    },
  });
}
