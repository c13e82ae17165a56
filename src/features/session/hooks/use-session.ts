import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { requestSession } from '../../../api/queries/session';
import { session as tokenHolder } from '../../../api/session';
import { ApiError } from '../../../api/api-error';
import type { Account } from '../../../api/schemas/session';
import {
  accountFromSearch,
  isUsable,
  readStoredSession,
  renewDelayMs,
  writeStoredSession,
  type StoredSession,
} from '../lib/stored-session';

export type SessionStatus = 'signed-out' | 'signing-in' | 'signed-in';

export interface SessionState {
  status: SessionStatus;
  account: Account | null;
  /** The last sign-in failure, for the picker to show. */
  error: string | null;
  signIn: (accountId: string) => void;
  signOut: () => void;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Everything but the public resources belongs to the previous account: drop it. */
function forgetScopedData(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'meta' && q.queryKey[0] !== 'session' });
}

function removeAccountParam() {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('account')) return;
  url.searchParams.delete('account');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search.replace(/%2C/gi, ',').replace(/%3A/gi, ':')}${url.hash}`);
}

/**
 * The demo sign-in: restores the stored session, or signs in as `?account=<id>`; renews the token
 * before it expires and whenever the API answers 401 (the mock identity is renewed by signing in
 * again as the same account). Call once, in the app.
 */
export function useSession(): SessionState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ status: SessionStatus; session: StoredSession | null; error: string | null }>(() => {
    const stored = readStoredSession(storage());
    const wanted = accountFromSearch(window.location.search);
    const usable = isUsable(stored, tokenHolder.getToken(), Date.now()) && (!wanted || wanted === stored?.account.id);
    return usable
      ? { status: 'signed-in', session: stored, error: null }
      : { status: wanted ? 'signing-in' : 'signed-out', session: null, error: null };
  });
  const inFlight = useRef<Promise<void> | null>(null);

  const signIn = useCallback(
    (accountId: string, renewal = false) => {
      inFlight.current ??= (async () => {
        if (!renewal) setState((s) => ({ ...s, status: 'signing-in', error: null }));
        try {
          const token = await requestSession(accountId);
          const next: StoredSession = { account: token.account, expiresAt: Date.parse(token.expiresAt) };
          const switched = tokenHolder.getToken() === null || readStoredSession(storage())?.account.id !== accountId;
          if (switched) forgetScopedData(queryClient);
          tokenHolder.setToken(token.token);
          writeStoredSession(storage(), next);
          setState({ status: 'signed-in', session: next, error: null });
          // Whatever failed for want of a valid token can now succeed.
          void queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' });
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          if (!renewal) {
            tokenHolder.setToken(null);
            writeStoredSession(storage(), null);
          }
          setState((s) => (renewal ? { ...s, error: message } : { status: 'signed-out', session: null, error: message }));
        } finally {
          inFlight.current = null;
        }
      })();
      return inFlight.current;
    },
    [queryClient],
  );

  const signOut = useCallback(() => {
    tokenHolder.setToken(null);
    writeStoredSession(storage(), null);
    removeAccountParam();
    forgetScopedData(queryClient);
    setState({ status: 'signed-out', session: null, error: null });
  }, [queryClient]);

  // `?account=<id>`: sign in directly at start when the stored session is not that account's. A layout
  // effect, so the request leaves before the map's start-up (passive effects, seconds of WebGL set-up
  // in software rendering) blocks the main thread.
  const started = useRef(false);
  useLayoutEffect(() => {
    if (started.current) return;
    started.current = true;
    const wanted = accountFromSearch(window.location.search);
    if (wanted && state.status === 'signing-in') void signIn(wanted);
  }, [signIn, state.status]);

  // Renew ahead of expiry.
  const accountId = state.session?.account.id ?? null;
  const expiresAt = state.session?.expiresAt ?? null;
  useEffect(() => {
    if (!accountId || expiresAt === null) return;
    const timer = setTimeout(() => void signIn(accountId, true), renewDelayMs(expiresAt, Date.now()));
    return () => clearTimeout(timer);
  }, [accountId, expiresAt, signIn]);

  // Renew on a 401 (the server restarted with a new secret, the clock jumped, the token was revoked),
  // at most once every 10 s so that a server that keeps refusing is not hammered.
  const lastRenewal = useRef(0);
  useEffect(() => {
    if (!accountId) return;
    return queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      const error: unknown = event.action.error;
      if (!(error instanceof ApiError) || error.status !== 401) return;
      const now = Date.now();
      if (now - lastRenewal.current < 10_000) return;
      lastRenewal.current = now;
      void signIn(accountId, true);
    });
  }, [accountId, queryClient, signIn]);

  return useMemo(
    () => ({
      status: state.status,
      account: state.session?.account ?? null,
      error: state.error,
      signIn: (id: string) => void signIn(id),
      signOut,
    }),
    [state, signIn, signOut],
  );
}
