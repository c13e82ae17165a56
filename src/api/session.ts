/*
 * Holds the bearer token of the signed-in demo account. The token lives in memory and in
 * localStorage (a wall screen's reload or restart keeps it signed in); the API client
 * reads it for every request and listeners hear when it changes (sign-in, sign-out, expiry).
 */

const STORAGE_KEY = 'dangjian.session.token';
type Listener = (token: string | null) => void;

export interface SessionHolder {
  getToken(): string | null;
  setToken(token: string | null): void;
  subscribe(listener: Listener): () => void;
}

export function createSessionHolder(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null): SessionHolder {
  let token: string | null = null;
  try {
    token = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // Storage can be disabled (kiosk policies); memory alone still works.
  }
  const listeners = new Set<Listener>();
  return {
    getToken: () => token,
    setToken(next) {
      if (next === token) return;
      token = next;
      try {
        if (next) storage?.setItem(STORAGE_KEY, next);
        else storage?.removeItem(STORAGE_KEY);
      } catch {
        // see above
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

export const session: SessionHolder = createSessionHolder(browserStorage());
