import { useSyncExternalStore } from 'react';
import type { Account } from './schemas/session';

/*
 * The one session store: the signed-in demo account, its bearer token and when it expires. In memory
 * and in localStorage (a wall screen's reload or restart stays signed in); the API client reads the
 * token for every request, the app subscribes to changes (sign-in, renewal, sign-out, expiry).
 */

export interface StoredSession {
  token: string;
  account: Account;
  /** Epoch ms. */
  expiresAt: number;
}

const STORAGE_KEY = 'dangjian.session';
type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Listener = (session: StoredSession | null) => void;

export interface SessionStore {
  get(): StoredSession | null;
  getToken(): string | null;
  set(session: StoredSession | null): void;
  subscribe(listener: Listener): () => void;
}

function read(storage: Storage | null): StoredSession | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof parsed.token !== 'string' || !parsed.account || typeof parsed.account.id !== 'string' || typeof parsed.expiresAt !== 'number') return null;
    return { token: parsed.token, account: parsed.account, expiresAt: parsed.expiresAt };
  } catch {
    return null;
  }
}

export function createSessionStore(storage: Storage | null): SessionStore {
  let current = read(storage);
  const listeners = new Set<Listener>();
  return {
    get: () => current,
    getToken: () => current?.token ?? null,
    set(next) {
      if (next === current) return;
      current = next;
      try {
        if (next) storage?.setItem(STORAGE_KEY, JSON.stringify(next));
        else storage?.removeItem(STORAGE_KEY);
      } catch {
        // Storage may be disabled by a kiosk policy: memory alone still works until a reload.
      }
      for (const listener of listeners) listener(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export const session: SessionStore = createSessionStore(browserStorage());

/** The signed-in account (null when signed out), for any component. */
export function useSignedInAccount(store: SessionStore = session): Account | null {
  return useSyncExternalStore((listener) => store.subscribe(listener), () => store.get()?.account ?? null, () => null);
}

/** Renew this long before expiry at most: 10 minutes, or half of what is left for short tokens. */
export const RENEW_AHEAD_MS = 10 * 60_000;
/** setTimeout's ceiling (~24.8 days). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** How long to wait before renewing a token that expires at `expiresAt` (0: now). */
export function renewDelayMs(expiresAt: number, now: number): number {
  const left = expiresAt - now;
  if (!(left > 0)) return 0;
  return Math.min(MAX_TIMEOUT_MS, Math.max(0, left - Math.min(RENEW_AHEAD_MS, left / 2)));
}

/** A stored session is usable while it has at least a minute left. */
export function isUsable(stored: StoredSession | null, now: number): stored is StoredSession {
  return stored !== null && stored.expiresAt - now > 60_000;
}

/** `?account=<id>` in the URL: sign in as that account directly (a wall screen is a plain link). */
export function accountFromSearch(search: string): string | null {
  const id = new URLSearchParams(search).get('account');
  return id && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/.test(id) ? id : null;
}
