import type { Account } from '../../../api/schemas/session';

/*
 * The signed-in account beside the token (the token itself lives in src/api/session.ts): who it is,
 * with its role and scope, and when the token expires, so a reload knows whether to sign in again.
 */

export interface StoredSession {
  account: Account;
  /** Epoch ms. */
  expiresAt: number;
}

const KEY = 'dangjian.session.account';
type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readStoredSession(storage: Storage | null): StoredSession | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredSession>;
    if (!parsed.account || typeof parsed.account.id !== 'string' || typeof parsed.expiresAt !== 'number') return null;
    return { account: parsed.account, expiresAt: parsed.expiresAt };
  } catch {
    return null;
  }
}

export function writeStoredSession(storage: Storage | null, session: StoredSession | null): void {
  try {
    if (session) storage?.setItem(KEY, JSON.stringify(session));
    else storage?.removeItem(KEY);
  } catch {
    // Storage may be disabled by a kiosk policy: memory alone still works until a reload.
  }
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

/** A stored session is usable when it has a token and at least a minute left. */
export function isUsable(session: StoredSession | null, token: string | null, now: number): session is StoredSession {
  return session !== null && token !== null && session.expiresAt - now > 60_000;
}

/** `?account=<id>` in the URL: sign in as that account directly (a wall screen is a plain link). */
export function accountFromSearch(search: string): string | null {
  const id = new URLSearchParams(search).get('account');
  return id && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/.test(id) ? id : null;
}
