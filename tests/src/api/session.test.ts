import { describe, expect, it } from 'vitest';
import { accountFromSearch, createSessionStore, isUsable, renewDelayMs, RENEW_AHEAD_MS } from '../../../src/api/session';
import type { Account } from '../../../src/api/schemas/session';

function memoryStorage() {
  const m = new Map<string, string>();
  return { m, getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}
const account: Account = { id: 'bureau-manager', displayName: '局管理人员', role: 'bureau_manager', scope: { unitId: null, branchId: null } };

describe('the session store', () => {
  it('round-trips token, account and expiry through storage, and survives junk', () => {
    const s = memoryStorage();
    createSessionStore(s).set({ token: 't0k3n', account, expiresAt: 123 });
    const reopened = createSessionStore(s);
    expect(reopened.get()).toEqual({ token: 't0k3n', account, expiresAt: 123 });
    expect(reopened.getToken()).toBe('t0k3n');
    s.setItem('dangjian.session', '{not json');
    expect(createSessionStore(s).get()).toBeNull();
    s.setItem('dangjian.session', JSON.stringify({ account, expiresAt: 1 }));
    expect(createSessionStore(s).get(), 'a session without a token is no session').toBeNull();
    reopened.set(null);
    expect(createSessionStore(s).get()).toBeNull();
    expect(createSessionStore(null).get()).toBeNull();
  });

  it('tells its listeners about every change, until they leave', () => {
    const store = createSessionStore(null);
    const heard: (string | null)[] = [];
    const stop = store.subscribe((s) => heard.push(s?.token ?? null));
    store.set({ token: 'a', account, expiresAt: 1 });
    store.set(null);
    stop();
    store.set({ token: 'b', account, expiresAt: 1 });
    expect(heard).toEqual(['a', null]);
  });

  it('renews ahead of expiry: 10 minutes before a 12-hour token, halfway through a short one', () => {
    const hours12 = 12 * 3600_000;
    expect(renewDelayMs(hours12, 0)).toBe(hours12 - RENEW_AHEAD_MS);
    expect(renewDelayMs(60_000, 0)).toBe(30_000);
    expect(renewDelayMs(0, 10)).toBe(0);
  });

  it('uses a stored session only with a minute left', () => {
    const stored = { token: 'tok', account, expiresAt: 200_000 };
    expect(isUsable(stored, 0)).toBe(true);
    expect(isUsable(null, 0)).toBe(false);
    expect(isUsable(stored, 150_000)).toBe(false);
  });

  it('reads ?account=<id> for wall-screen links, rejecting anything odd', () => {
    expect(accountFromSearch('?account=manager-440112&c=1,2,3')).toBe('manager-440112');
    expect(accountFromSearch('?account=%3Cscript%3E')).toBeNull();
    expect(accountFromSearch('')).toBeNull();
  });
});
