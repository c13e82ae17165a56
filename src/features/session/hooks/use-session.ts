import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { requestSession } from '../../../api/queries/session';
import { accountFromSearch, isUsable, renewDelayMs, session as sessionStore, useSignedInAccount } from '../../../api/session';
import { ApiError } from '../../../api/api-error';
import type { Account } from '../../../api/schemas/session';

export type SessionStatus = 'signed-out' | 'signing-in' | 'signed-in';

export interface SessionState {
  status: SessionStatus;
  account: Account | null;
  /** The last sign-in failure, for the picker to show. */
  error: string | null;
  signIn: (accountId: string) => void;
  signOut: () => void;
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
 * The demo sign-in over the one session store (src/api/session.ts): restores the stored session, or
 * signs in as `?account=<id>`; renews the token before it expires and whenever the API answers 401
 * (the mock identity is renewed by signing in again as the same account). Call once, in the app.
 */
export function useSession(): SessionState {
  const queryClient = useQueryClient();
  const account = useSignedInAccount();
  // Only what the store does not hold: a sign-in in flight, and its failure.
  const [pending, setPending] = useState(() => {
    const wanted = accountFromSearch(window.location.search);
    const stored = sessionStore.get();
    const usable = isUsable(stored, Date.now()) && (!wanted || wanted === stored.account.id);
    if (!usable && stored) sessionStore.set(null);
    return !usable && wanted !== null;
  });
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);

  const signIn = useCallback(
    (accountId: string, renewal = false) => {
      inFlight.current ??= (async () => {
        if (!renewal) {
          setPending(true);
          setError(null);
        }
        try {
          const token = await requestSession(accountId);
          if (sessionStore.get()?.account.id !== accountId) forgetScopedData(queryClient);
          sessionStore.set({ token: token.token, account: token.account, expiresAt: Date.parse(token.expiresAt) });
          setError(null);
          // Whatever failed for want of a valid token can now succeed.
          void queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' });
        } catch (e) {
          setError(e instanceof Error ? e.message : String(e));
          if (!renewal) sessionStore.set(null);
        } finally {
          setPending(false);
          inFlight.current = null;
        }
      })();
      return inFlight.current;
    },
    [queryClient],
  );

  const signOut = useCallback(() => {
    sessionStore.set(null);
    removeAccountParam();
    forgetScopedData(queryClient);
    setError(null);
  }, [queryClient]);

  // `?account=<id>`: sign in directly at start when the stored session is not that account's. A layout
  // effect, so the request leaves before the map's start-up (passive effects, seconds of WebGL set-up
  // in software rendering) blocks the main thread.
  const started = useRef(false);
  useLayoutEffect(() => {
    if (started.current) return;
    started.current = true;
    const wanted = accountFromSearch(window.location.search);
    if (wanted && pending) void signIn(wanted);
  }, [signIn, pending]);

  // Renew ahead of expiry.
  const accountId = account?.id ?? null;
  const expiresAt = accountId ? (sessionStore.get()?.expiresAt ?? null) : null;
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
      const failure: unknown = event.action.error;
      if (!(failure instanceof ApiError) || failure.status !== 401) return;
      const now = Date.now();
      if (now - lastRenewal.current < 10_000) return;
      lastRenewal.current = now;
      void signIn(accountId, true);
    });
  }, [accountId, queryClient, signIn]);

  const status: SessionStatus = account ? 'signed-in' : pending ? 'signing-in' : 'signed-out';
  return useMemo(
    () => ({ status, account, error, signIn: (id: string) => void signIn(id), signOut }),
    [status, account, error, signIn, signOut],
  );
}
